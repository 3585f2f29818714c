import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getSite } from "@/lib/sites/queries";
import { listResources } from "@/lib/resources/queries";
import { getResourceAnchor } from "@/lib/resources/labels";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ResourceFacts } from "@/components/sites/resource-facts";

export const generateMetadata = pageTitle("sites.title");

type Props = { params: Promise<{ siteId: string }> };

export default async function SitePage({ params }: Props) {
  await connection();
  const { org } = await requireUser();
  const { siteId } = await params;
  const site = await getSite({ orgId: org.id, siteId });
  if (!site) notFound();
  const [t, locale, resources] = await Promise.all([getT(), getLocale(), listResources({ orgId: org.id, siteId: site.id })]);
  // A template written in one language only is still better than none.
  const accessInfo = site.accessInfo[locale] || site.accessInfo[locale === "de" ? "en" : "de"];

  return (
    <>
      <Link href="/" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("sites.backToSites")}
      </Link>
      <PageHeader
        title={site.name}
        description={[site.address, t("sites.timeZone", { zone: site.timeZone })].filter(Boolean).join(" · ")}
      />
      {accessInfo ? (
        <Card className="mb-8 border-sky-200 bg-sky-50">
          <h2 className="text-sm font-semibold text-sky-900">{t("sites.accessInfo")}</h2>
          <p className="mt-1 whitespace-pre-line text-sm text-sky-900">{accessInfo}</p>
        </Card>
      ) : null}
      <h2 className="mb-4 text-lg font-semibold">{t("sites.resources")}</h2>
      {resources.length === 0 ? (
        <EmptyState title={t("sites.noResources")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {resources.map(({ resource }) => (
            <li key={resource.id} id={getResourceAnchor(resource.id)} className="scroll-mt-6 rounded-lg target:ring-2 target:ring-brand-500">
              <Card className="h-full">
                <h3 className="text-base font-semibold">{resource.name}</h3>
                <ResourceFacts resource={resource} />
                <Link
                  href={`/sites/${site.id}/resources/${resource.id}`}
                  className="mt-4 inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
                >
                  {t("booking.book")}
                  <span className="sr-only"> {resource.name}</span>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

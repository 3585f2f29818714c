import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getSiteForEdit } from "@/lib/sites/queries";
import { Card, PageHeader } from "@/components/ui/card";
import { SiteForm } from "@/components/cockpit/sites/site-form";
import { loadSiteFormData } from "@/components/cockpit/sites/site-form-data";

export const generateMetadata = pageTitle("nav.sites");

export default async function EditSitePage({ params }: { params: Promise<{ siteId: string }> }) {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const { siteId } = await params;
  const site = await getSiteForEdit({ orgId: org.id, siteId });
  if (!site) notFound();
  const values = {
    siteId: site.id,
    name: site.name,
    address: site.address ?? "",
    timeZone: site.timeZone,
    integrationId: site.integrationId ?? "",
    alwaysOpenDoorIds: site.alwaysOpenDoorIds,
    accessInfoDe: site.accessInfo.de,
    accessInfoEn: site.accessInfo.en,
  };
  return (
    <>
      <Link href="/cockpit/sites" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("cockpitSites.back")}
      </Link>
      <PageHeader title={site.name} description={site.timeZone} />
      <Card className="max-w-2xl">
        <SiteForm key={site.id} site={values} {...await loadSiteFormData(org.id)} />
      </Card>
    </>
  );
}

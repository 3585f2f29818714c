import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listSites } from "@/lib/sites/queries";
import { listResources } from "@/lib/resources/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SiteCard } from "@/components/sites/site-card";

export const generateMetadata = pageTitle("sites.title");

export default async function SitesPage() {
  await connection();
  const { org } = await requireUser();
  const t = await getT();
  const [sites, resources] = await Promise.all([listSites({ orgId: org.id }), listResources({ orgId: org.id })]);

  return (
    <>
      <PageHeader title={t("sites.title")} description={t("sites.intro")} />
      {sites.length === 0 ? (
        <EmptyState title={t("sites.empty")}>{t("sites.emptyText")}</EmptyState>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          {sites.map((site) => (
            <SiteCard
              key={site.id}
              site={site}
              resources={resources.filter((row) => row.site.id === site.id).map((row) => row.resource)}
            />
          ))}
        </div>
      )}
    </>
  );
}

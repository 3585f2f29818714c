import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listSiteSummaries } from "@/lib/sites/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";

export const generateMetadata = pageTitle("nav.sites");

export default async function CockpitSitesPage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const sites = await listSiteSummaries({ orgId: org.id });
  const newSite = (
    <Link href="/cockpit/sites/new" className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
      {t("cockpitSites.create")}
    </Link>
  );

  return (
    <>
      <PageHeader title={t("nav.sites")} description={t("cockpit.sites.intro")} actions={newSite} />
      {sites.length === 0 ? (
        <EmptyState title={t("cockpit.sites.empty")}>{t("cockpit.sites.emptyText")}</EmptyState>
      ) : (
        <DataTable
          caption={t("nav.sites")}
          headers={[t("cockpit.sites.name"), t("cockpit.sites.timeZone"), t("cockpit.sites.integration"), t("cockpit.sites.resourceCount")]}
        >
          {sites.map((site) => (
            <tr key={site.id}>
              <RowHeader>
                <Link href={`/cockpit/sites/${site.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {site.name}
                </Link>
              </RowHeader>
              <Td>{site.timeZone}</Td>
              <Td>{site.integrationName ?? <Missing>{t("cockpit.sites.noIntegration")}</Missing>}</Td>
              <Td className="tabular-nums">{site.resourceCount}</Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

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

  return (
    <>
      <PageHeader title={t("nav.sites")} description={t("cockpit.sites.intro")} />
      {sites.length === 0 ? (
        <EmptyState title={t("cockpit.sites.empty")}>{t("cockpit.sites.emptyText")}</EmptyState>
      ) : (
        <DataTable
          caption={t("nav.sites")}
          headers={[t("cockpit.sites.name"), t("cockpit.sites.timeZone"), t("cockpit.sites.integration"), t("cockpit.sites.resourceCount")]}
        >
          {sites.map((site) => (
            <tr key={site.id}>
              <RowHeader>{site.name}</RowHeader>
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

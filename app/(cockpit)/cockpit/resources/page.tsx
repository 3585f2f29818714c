import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listResources } from "@/lib/resources/queries";
import { listSites } from "@/lib/sites/queries";
import { ResourceFilter } from "@/components/cockpit/resources/resource-filter";
import { getKindLabel } from "@/lib/resources/labels";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";

export const generateMetadata = pageTitle("nav.resources");

type Props = { searchParams: Promise<{ site?: string; archived?: string }> };

export default async function CockpitResourcesPage({ searchParams }: Props) {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const { site: siteParam, archived } = await searchParams;
  const sites = await listSites({ orgId: org.id });
  // Only a site of this organisation filters; anything else in the URL shows all of them.
  const siteId = sites.some((site) => site.id === siteParam) ? siteParam! : "";
  const showArchived = archived === "1";
  const rows = await listResources({ orgId: org.id, siteId: siteId || undefined, includeArchived: showArchived });
  const headers = ["name", "site", "kind", "capacity", "accessIdentifier", "approval"].map((key) => t(`cockpit.resources.${key}`));

  return (
    <>
      <PageHeader
        title={t("nav.resources")}
        description={t("cockpit.resources.intro")}
        actions={
          <Link href="/cockpit/resources/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("resourceAdmin.newResource")}
          </Link>
        }
      />
      <ResourceFilter t={t} sites={sites} siteId={siteId} archived={showArchived} />
      {rows.length === 0 ? (
        <EmptyState title={t("cockpit.resources.empty")}>
          {t("cockpit.resources.emptyText")}{" "}
          <Link href="/cockpit/resources/new" className="text-brand-700 underline">
            {t("resourceAdmin.newResource")}
          </Link>
        </EmptyState>
      ) : (
        <DataTable caption={t("nav.resources")} headers={headers}>
          {rows.map(({ resource, site }) => (
            <tr key={resource.id}>
              <RowHeader>
                <Link href={`/cockpit/resources/${resource.id}`} className="text-brand-700 hover:underline">
                  {resource.name}
                </Link>
                {resource.archivedAt ? (
                  <span className="ml-2">
                    <StatusBadge>{t("cockpit.resources.archived")}</StatusBadge>
                  </span>
                ) : null}
              </RowHeader>
              <Td>{site.name}</Td>
              <Td>{getKindLabel(t, resource.kind)}</Td>
              <Td className="tabular-nums">{resource.capacity ?? <Missing>{t("common.notSet")}</Missing>}</Td>
              <Td>
                {resource.accessIdentifier ? (
                  <code className="break-all text-xs">{resource.accessIdentifier}</code>
                ) : (
                  <Missing>{t("cockpit.resources.notMapped")}</Missing>
                )}
              </Td>
              <Td>
                {resource.requiresApproval ? (
                  <StatusBadge tone="warning">{t("cockpit.resources.approvalRequired")}</StatusBadge>
                ) : (
                  t("cockpit.resources.automatic")
                )}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

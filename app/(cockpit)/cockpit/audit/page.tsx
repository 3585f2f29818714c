import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { AuditFiltersForm } from "@/components/cockpit/audit/audit-filters";
import { AuditPagination } from "@/components/cockpit/audit/audit-pagination";
import { AuditTable } from "@/components/cockpit/audit/audit-table";

export const generateMetadata = pageTitle("nav.audit");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const filters = parseAuditFilters(await searchParams);
  const timeZone = await getOrgTimeZone({ orgId: org.id });
  const [{ events, total, page, pageSize }, actors] = await Promise.all([listAuditEvents({ orgId: org.id, filters, timeZone }), listAuditActors({ orgId: org.id })]);
  const filtered = Object.entries(filters).some(([key, value]) => key !== "page" && value !== undefined);

  return (
    <>
      <PageHeader title={t("nav.audit")} description={t("cockpitAudit.intro", { zone: timeZone })} />
      <AuditFiltersForm filters={filters} actors={actors} />
      {events.length === 0 ? (
        filtered ? (
          <EmptyState title={t("cockpitAudit.emptyFiltered")}>{t("cockpitAudit.emptyFilteredText")}</EmptyState>
        ) : (
          <EmptyState title={t("cockpit.audit.empty")}>{t("cockpit.audit.emptyText")}</EmptyState>
        )
      ) : (
        <>
          <AuditTable events={events} timeZone={timeZone} />
          <AuditPagination filters={filters} page={page} pageSize={pageSize} total={total} />
        </>
      )}
    </>
  );
}

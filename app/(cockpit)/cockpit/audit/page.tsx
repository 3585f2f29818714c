import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { formatDateTime } from "@/lib/i18n/format";
import { listAuditEvents } from "@/lib/audit/queries";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";

export const generateMetadata = pageTitle("nav.audit");

export default async function AuditPage() {
  await connection();
  const { org } = await requireAdmin();
  const [t, locale] = [await getT(), await getLocale()];
  const [events, timeZone] = await Promise.all([listAuditEvents({ orgId: org.id, limit: 200 }), getOrgTimeZone({ orgId: org.id })]);

  return (
    <>
      <PageHeader title={t("nav.audit")} description={t("cockpit.audit.intro")} />
      {events.length === 0 ? (
        <EmptyState title={t("cockpit.audit.empty")}>{t("cockpit.audit.emptyText")}</EmptyState>
      ) : (
        <DataTable
          caption={t("nav.audit")}
          headers={["time", "actor", "action", "entity"].map((key) => t(`cockpit.audit.${key}`))}
        >
          {events.map((event) => (
            <tr key={event.id}>
              <RowHeader>
                <time dateTime={event.createdAt.toISOString()} className="whitespace-nowrap font-normal">
                  {formatDateTime(event.createdAt, timeZone, locale)}
                </time>
              </RowHeader>
              <Td>{event.actorEmail ?? <Missing>{t("cockpit.audit.system")}</Missing>}</Td>
              <Td>
                <code className="text-xs">{event.action}</code>
              </Td>
              <Td>
                {event.entityType ? (
                  <span className="text-xs">
                    {event.entityType}
                    {event.entityId ? <code className="ml-1 break-all text-stone-500">{event.entityId}</code> : null}
                  </span>
                ) : (
                  <Missing>—</Missing>
                )}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

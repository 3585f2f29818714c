import Link from "next/link";
import type { AuditEventRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { actorLabel, AuditDetails } from "./audit-details";

/** The booking an event concerns, for a link: the booking itself, or the booking of an access. */
function bookingOf(event: AuditEventRow): string | null {
  if (event.entityType === "booking") return event.entityId;
  return event.grantBookingId;
}

export async function AuditTable({ events, timeZone }: { events: AuditEventRow[]; timeZone: string }) {
  const [t, locale] = [await getT(), await getLocale()];
  return (
    <DataTable caption={t("nav.audit")} headers={["time", "actor", "action", "entity", "details"].map((key) => t(`cockpitAudit.columns.${key}`))}>
      {events.map((event) => {
        const bookingId = bookingOf(event);
        const entityName = event.entityType && t(`cockpitAudit.entities.${event.entityType}`);
        return (
          <tr key={event.id} data-testid="audit-row">
            <RowHeader>
              <time dateTime={event.createdAt.toISOString()} className="whitespace-nowrap font-normal">
                {formatDateTime(event.createdAt, timeZone, locale)}
              </time>
            </RowHeader>
            <Td>{event.actorUserId ? actorLabel(event, t("cockpitAudit.system")) : <Missing>{t("cockpitAudit.system")}</Missing>}</Td>
            <Td>
              <code className="text-xs">{event.action}</code>
            </Td>
            <Td>
              {event.entityType ? (
                <span className="flex flex-col gap-0.5 text-xs">
                  <span>{entityName === `cockpitAudit.entities.${event.entityType}` ? event.entityType : entityName}</span>
                  {bookingId ? (
                    <Link href={`/cockpit/bookings/${bookingId}`} className="text-brand-700 hover:underline">
                      {t("cockpitAudit.openBooking")}
                    </Link>
                  ) : event.entityId ? (
                    <code className="break-all text-stone-500">{event.entityId.slice(0, 8)}</code>
                  ) : null}
                </span>
              ) : (
                <Missing>—</Missing>
              )}
            </Td>
            <Td>
              <AuditDetails data={event.data} t={t} />
            </Td>
          </tr>
        );
      })}
    </DataTable>
  );
}

import type { listBookingAuditTrail } from "@/lib/cockpit/booking-detail";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { actorLabel, AuditDetails } from "@/components/cockpit/audit/audit-details";

type TrailEvent = Awaited<ReturnType<typeof listBookingAuditTrail>>[number];

/** The booking's history: its own events and those of its accesses, oldest first. */
export async function BookingAuditTrail({ events, timeZone }: { events: TrailEvent[]; timeZone: string }) {
  const [t, locale] = [await getT(), await getLocale()];
  return (
    <section aria-labelledby="trail-heading">
      <h2 id="trail-heading" className="mb-3 text-lg font-semibold">
        {t("cockpitBookings.detail.auditTrail")}
      </h2>
      <Card>
        {events.length === 0 ? (
          <p className="text-sm text-stone-600">{t("cockpitBookings.detail.auditTrailEmpty")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-stone-100 text-sm" data-testid="audit-trail">
            {events.map((event) => (
              <li key={event.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_10rem_1fr]">
                <time dateTime={event.createdAt.toISOString()} className="text-stone-600">
                  {formatDateTime(event.createdAt, timeZone, locale)}
                </time>
                <span className="text-stone-700">{actorLabel(event, t("cockpitBookings.detail.system"))}</span>
                <span className="flex flex-col gap-1">
                  <code className="text-xs">{event.action}</code>
                  <AuditDetails data={event.data} t={t} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </section>
  );
}

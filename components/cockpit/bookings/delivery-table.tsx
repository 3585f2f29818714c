import type { BookingAccess } from "@/lib/cockpit/booking-detail";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

const TONES: Record<BookingAccess["deliveries"][number]["status"], BadgeTone> = {
  queued: "info",
  sending: "info",
  sent: "success",
  delivered_to_dev_mailbox: "success",
  failed: "danger",
};

/** The messages that carried this access to the holder: channel, masked recipient, status and when. */
export async function DeliveryTable({ deliveries, credentialType, timeZone }: { deliveries: BookingAccess["deliveries"]; credentialType: string; timeZone: string }) {
  const [t, locale] = [await getT(), await getLocale()];
  return (
    <section aria-label={t("cockpitBookings.access.deliveries")} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-stone-700">{t("cockpitBookings.access.deliveries")}</h3>
      {deliveries.length === 0 ? (
        <p className="text-sm text-stone-600">
          {t(credentialType === "mobile_key" ? "cockpitBookings.access.noDeliveriesMobileKey" : "cockpitBookings.access.noDeliveries")}
        </p>
      ) : (
        <table className="min-w-full text-sm" data-testid="deliveries">
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-stone-500">
              {["channel", "recipient", "deliveryStatus", "time"].map((key) => (
                <th key={key} scope="col" className="py-1 pr-4 font-semibold">
                  {t(`cockpitBookings.access.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} className="border-t border-stone-100">
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  {t(`cockpitBookings.access.channels.${delivery.channel}`)}
                </th>
                <td className="py-1 pr-4 font-mono text-xs">{delivery.recipient}</td>
                <td className="py-1 pr-4">
                  <StatusBadge tone={TONES[delivery.status]}>{t(`cockpitBookings.access.deliveryStatuses.${delivery.status}`)}</StatusBadge>
                </td>
                <td className="py-1 pr-4 whitespace-nowrap">
                  <time dateTime={(delivery.sentAt ?? delivery.updatedAt).toISOString()}>{formatDateTime(delivery.sentAt ?? delivery.updatedAt, timeZone, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import type { ReactNode } from "react";
import type { BookingAccess } from "@/lib/cockpit/booking-detail";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { AccessActions } from "./access-actions";
import { AccessStatus } from "./access-status";
import { DeliveryTable } from "./delivery-table";

const USABLE = new Set(["active", "activation_pending"]);
const LIVE = new Set(["requested", "in_progress", "activation_pending", "active", "failed"]);

type AccessCardProps = { access: BookingAccess; timeZone: string; bookingAccepting: boolean };

/** One access of the booking: status, period (site time zone), doors, what went wrong, deliveries, actions. */
export async function AccessCard({ access, timeZone, bookingAccepting }: AccessCardProps) {
  const [t, locale] = [await getT(), await getLocale()];
  const when = (date: Date) => <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone, locale)}</time>;
  const vendorName = t(`integrations.vendors.${access.vendor}`);
  const retrying = access.lastError && access.nextAttemptAt && (access.status === "in_progress" || access.status === "requested");
  const facts: [string, ReactNode][] = [
    ["lockSystem", `${vendorName} · ${access.integrationName}`],
    ["credential", t(`access.credentialTypes.${access.credentialType}`)],
    ["period", <time key="period" dateTime={access.window.start.toISOString()}>{formatPeriod(access.window, timeZone, locale)}</time>],
    ["doors", access.doorNames.join(", ") || "—"],
    ["created", when(access.createdAt)],
    ...(access.activatedAt ? [["activated", when(access.activatedAt)] as [string, ReactNode]] : []),
    ...(access.removedAt ? [["removedAt", when(access.removedAt)] as [string, ReactNode]] : []),
    ["attempts", String(access.attempts)],
    ...(access.lastError && (access.status === "failed" || retrying || access.status === "removal_pending") ? [["reason", access.lastError] as [string, ReactNode]] : []),
    ...(retrying || (access.status === "removal_pending" && access.lastError && access.nextAttemptAt) ? [["nextRetry", when(access.nextAttemptAt!)] as [string, ReactNode]] : []),
  ];
  const startAlertOpen = access.startAlertedAt && ["requested", "in_progress", "failed"].includes(access.status);
  return (
    <Card>
      <article aria-label={`${t(`cockpitBookings.access.statuses.${access.status}`)}: ${access.doorNames.join(", ")}`} data-testid="access-card" data-grant-id={access.id} className="flex flex-col gap-4">
        <AccessStatus status={access.status} />
        {startAlertOpen ? (
          <p role="alert" className="text-sm text-red-700">
            {t("cockpitBookings.access.startAlert", { time: formatDateTime(access.startAlertedAt!, timeZone, locale) })}
          </p>
        ) : null}
        {access.status === "removal_pending" && access.lastError ? <p className="text-sm text-amber-900">{t("cockpitBookings.access.removalUnconfirmed")}</p> : null}
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {facts.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-stone-600">{t(`cockpitBookings.access.${key}`)}</dt>
              <dd className="break-words text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
        <AccessActions
          grantId={access.id}
          canRevealPin={access.hasPin}
          canCopyUrl={access.hasKeyLink && USABLE.has(access.status)}
          lockSystem={access.vendor === "exivo" && access.hasVendorRefs && LIVE.has(access.status) ? vendorName : null}
          canReissue={bookingAccepting}
          canRevoke={LIVE.has(access.status)}
        />
        <DeliveryTable deliveries={access.deliveries} credentialType={access.credentialType} timeZone={timeZone} />
      </article>
    </Card>
  );
}

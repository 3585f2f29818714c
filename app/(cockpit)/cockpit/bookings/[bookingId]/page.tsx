import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/session";
import { getCockpitBooking, listBookingAccesses, listBookingAuditTrail } from "@/lib/cockpit/booking-detail";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { isUuid } from "@/lib/ids";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { BookingDecision } from "@/components/bookings/booking-decision";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { AccessCard } from "@/components/cockpit/bookings/access-card";
import { IN_FLIGHT_STATUSES } from "@/components/cockpit/bookings/access-status";
import { AutoRefresh } from "@/components/cockpit/bookings/auto-refresh";
import { BookingAuditTrail } from "@/components/cockpit/bookings/booking-audit-trail";

export const generateMetadata = pageTitle("nav.bookings");

type Props = { params: Promise<{ bookingId: string }> };

export default async function CockpitBookingPage({ params }: Props) {
  await connection();
  const { org } = await requireAdmin();
  const { bookingId } = await params;
  // Another organisation's booking is a 404, exactly like one that does not exist.
  const detail = isUuid(bookingId) ? await getCockpitBooking({ orgId: org.id, bookingId }) : null;
  if (!detail) notFound();
  const { booking, resource, site, booker } = detail;
  const accesses = await listBookingAccesses({ orgId: org.id, bookingId });
  const trail = await listBookingAuditTrail({ orgId: org.id, bookingId, grantIds: accesses.map((access) => access.id) });
  const [t, locale] = [await getT(), await getLocale()];
  const contact = [booking.holderPhone, booking.holderEmail].filter(Boolean).join(" · ");
  const facts: [string, ReactNode][] = [
    ["resource", resource.name],
    ["site", site.name],
    ["period", <time key="period" dateTime={booking.period.start.toISOString()}>{formatPeriod(booking.period, site.timeZone, locale)}</time>],
    ["holder", booking.holderName],
    ...(contact ? [["contact", contact] as [string, ReactNode]] : []),
    ...(booker ? [["booker", booker.name ? `${booker.name} (${booker.email})` : booker.email] as [string, ReactNode]] : []),
    ["status", <BookingStatusBadge key="status" status={booking.status} />],
    ["created", <time key="created" dateTime={booking.createdAt.toISOString()}>{formatDateTime(booking.createdAt, site.timeZone, locale)}</time>],
    ["version", String(booking.version)],
    ...(booking.note ? [["note", <span key="note" className="whitespace-pre-line">{booking.note}</span>] as [string, ReactNode]] : []),
  ];
  // The newest access first: it is the one that counts.
  const newestFirst = [...accesses].reverse();
  const bookingAccepting = booking.status === "confirmed" && booking.period.end.getTime() > Date.now();
  // Work in flight: an access being provisioned or removed, a message not sent yet, or a booking confirmed a
  // moment ago whose access the engine has not ordered yet.
  const justConfirmed = booking.status === "confirmed" && accesses.length === 0 && Date.now() - booking.updatedAt.getTime() < 120_000;
  const inFlight =
    justConfirmed || accesses.some((access) => IN_FLIGHT_STATUSES.includes(access.status) || access.deliveries.some((d) => d.status === "queued" || d.status === "sending"));

  return (
    <>
      <Link href="/cockpit/bookings" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("cockpitBookings.detail.back")}
      </Link>
      <PageHeader title={t("cockpitBookings.detail.title", { resource: resource.name })} description={t("cockpitBookings.detail.intro")} />
      <div className="flex flex-col gap-6">
        <Card>
          <h2 className="sr-only">{t("cockpitBookings.detail.facts")}</h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]" data-testid="booking-facts">
            {facts.map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-medium text-stone-600">{t(`cockpitBookings.detail.${key}`)}</dt>
                <dd className="text-stone-900">{value}</dd>
              </div>
            ))}
          </dl>
          {booking.status === "pending" ? (
            <div className="mt-4">
              <BookingDecision bookingId={booking.id} label={`${resource.name}, ${booking.holderName}`} />
            </div>
          ) : null}
        </Card>
        <section aria-labelledby="accesses-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <div>
              <h2 id="accesses-heading" className="text-lg font-semibold">
                {t("cockpitBookings.detail.accesses")}
              </h2>
              <p className="text-sm text-stone-600">{t("cockpitBookings.detail.accessesIntro")}</p>
            </div>
            <AutoRefresh active={inFlight} />
          </div>
          {newestFirst.length === 0 ? (
            <EmptyState title={t("cockpitBookings.detail.noAccesses")}>{t("cockpitBookings.detail.noAccessesText")}</EmptyState>
          ) : (
            newestFirst.map((access) => <AccessCard key={access.id} access={access} timeZone={site.timeZone} bookingAccepting={bookingAccepting} />)
          )}
        </section>
        <BookingAuditTrail events={trail} timeZone={site.timeZone} />
      </div>
    </>
  );
}

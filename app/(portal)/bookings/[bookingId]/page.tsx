import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getBookingDetail } from "@/lib/bookings/detail";
import { listBookingCredentials } from "@/lib/access/booking-credentials";
import { formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { isUuid } from "@/lib/ids";
import { Card, PageHeader } from "@/components/ui/card";
import { AccessControlSection } from "@/components/bookings/access-control-section";
import { BookingManage } from "@/components/bookings/booking-manage";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { getDisplayWindow } from "@/components/bookings/display-window";
import { getLocalDate } from "@/components/bookings/local-date";

export const generateMetadata = pageTitle("bookings.title");

type Props = { params: Promise<{ bookingId: string }> };

export default async function BookingPage({ params }: Props) {
  await connection();
  const { user, org, role } = await requireUser();
  const { bookingId } = await params;
  // Another person's or organisation's booking is a 404, exactly like a booking that does not exist.
  const viewer = { userId: user.id, orgId: org.id, role };
  const detail = isUuid(bookingId) ? await getBookingDetail({ viewer, bookingId }) : null;
  if (!detail) notFound();
  const { booking, resource, site, rules } = detail;
  const [t, locale, credentials] = await Promise.all([getT(), getLocale(), listBookingCredentials({ viewer, bookingId: booking.id })]);
  const active = booking.status === "pending" || booking.status === "confirmed";
  const changeable = active && booking.period.start.getTime() > Date.now();
  const holder = [booking.holderName, booking.holderPhone, booking.holderEmail].filter(Boolean).join(" · ");
  const facts: [string, ReactNode][] = [
    ["resource", resource.name],
    ["site", <Link key="site" href={`/sites/${site.id}`} className="text-brand-700 hover:underline">{site.name}</Link>],
    ["period", <time key="period" dateTime={booking.period.start.toISOString()}>{formatPeriod(booking.period, site.timeZone, locale)}</time>],
    ["holder", holder],
    ["status", <BookingStatusBadge key="status" status={booking.status} />],
    ...(booking.note ? [["note", <span key="note" className="whitespace-pre-line">{booking.note}</span>] as [string, ReactNode]] : []),
  ];

  return (
    <>
      <Link href="/bookings" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("booking.detail.back")}
      </Link>
      <PageHeader title={t(`booking.detail.headlines.${booking.status}`)} description={t(`booking.detail.intros.${booking.status}`)} />
      <div className="flex flex-col gap-6">
        <Card>
          <h2 className="sr-only">{t("booking.detail.facts")}</h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]" data-testid="booking-facts">
            {facts.map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-medium text-stone-600">{t(`booking.detail.${key}`)}</dt>
                <dd className="text-stone-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <AccessControlSection detail={detail} credentials={credentials} locale={locale} />
        {changeable ? (
          <section aria-labelledby="manage-heading">
            <h2 id="manage-heading" className="mb-3 text-lg font-semibold">
              {t("booking.detail.manage")}
            </h2>
            <BookingManage
              resource={{ id: resource.id, name: resource.name, requiresPhone: resource.requiresPhone, requiresApproval: resource.requiresApproval }}
              timeZone={site.timeZone}
              bookingDate={getLocalDate(site.timeZone, booking.period.start)}
              displayWindow={getDisplayWindow(rules)}
              reschedule={{
                bookingId: booking.id,
                version: booking.version,
                durationMinutes: Math.round((booking.period.end.getTime() - booking.period.start.getTime()) / 60_000),
              }}
            />
          </section>
        ) : active ? (
          <p className="text-sm text-stone-600">{t("booking.detail.notChangeable")}</p>
        ) : null}
      </div>
    </>
  );
}

import Link from "next/link";
import { bookingListHref, type BookingFilters, type BookingSort } from "@/lib/cockpit/booking-filters";
import type { CockpitBookingRow } from "@/lib/cockpit/booking-list";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { BookingDecision } from "@/components/bookings/booking-decision";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";

type Column = { key: string; sort?: BookingSort };

const COLUMNS: Column[] = [
  { key: "resource", sort: "resource" },
  { key: "site" },
  { key: "holder" },
  { key: "start", sort: "start" },
  { key: "status", sort: "status" },
  { key: "created", sort: "created" },
  { key: "actions" },
];

/** The bookings with sortable columns (links that keep the filters), access problems flagged, approve/decline. */
export async function CockpitBookingTable({ bookings, filters, caption }: { bookings: CockpitBookingRow[]; filters: BookingFilters; caption: string }) {
  const [t, locale] = [await getT(), await getLocale()];
  const currentSort = filters.sort ?? "created";
  const currentDir = filters.dir ?? (filters.sort && filters.sort !== "created" ? "asc" : "desc");
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50">
          <tr>
            {COLUMNS.map(({ key, sort }) => {
              const label = t(`cockpitBookings.list.columns.${key}`);
              const active = sort === currentSort;
              const nextDir = active && currentDir === "asc" ? "desc" : "asc";
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (currentDir === "asc" ? "ascending" : "descending") : undefined}
                  className="px-4 py-3 text-left text-xs font-semibold uppercase tracking-wide text-stone-600"
                >
                  {sort ? (
                    <Link href={bookingListHref({ ...filters, sort, dir: nextDir })} className="inline-flex items-center gap-1 hover:text-stone-900" title={t("cockpitBookings.list.sortBy", { column: label })}>
                      {label}
                      <span aria-hidden="true">{active ? (currentDir === "asc" ? "▲" : "▼") : "↕"}</span>
                    </Link>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {bookings.map((booking) => (
            <tr key={booking.id} data-testid="booking-row">
              <th scope="row" className="px-4 py-3 text-left align-top font-medium text-stone-900">
                <Link href={`/cockpit/bookings/${booking.id}`} className="text-brand-700 hover:underline">
                  {booking.resourceName}
                </Link>
              </th>
              <td className="px-4 py-3 align-top text-stone-700">{booking.siteName}</td>
              <td className="px-4 py-3 align-top text-stone-700">{booking.holderName}</td>
              <td className="whitespace-nowrap px-4 py-3 align-top text-stone-700">
                <time dateTime={booking.period.start.toISOString()}>{formatPeriod(booking.period, booking.timeZone, locale)}</time>
              </td>
              <td className="px-4 py-3 align-top">
                <span className="flex flex-col items-start gap-1">
                  <BookingStatusBadge status={booking.status} />
                  {booking.accessProblem ? <StatusBadge tone="danger">⚠ {t("cockpitBookings.list.accessProblem")}</StatusBadge> : null}
                </span>
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top text-stone-700">
                <time dateTime={booking.createdAt.toISOString()}>{formatDateTime(booking.createdAt, booking.timeZone, locale)}</time>
              </td>
              <td className="px-4 py-3 align-top">
                {booking.status === "pending" ? <BookingDecision bookingId={booking.id} label={`${booking.resourceName}, ${booking.holderName}`} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { BookingStatus } from "./booking-status-badge";

export const BOOKING_STATUSES: readonly BookingStatus[] = ["pending", "confirmed", "declined", "cancelled"];

export function parseStatusFilter(value: string | string[] | undefined): BookingStatus | undefined {
  return BOOKING_STATUSES.find((status) => status === value);
}

/** Plain links (?status=...): the filter works without JavaScript and can be bookmarked. */
export async function StatusFilter({ basePath, current }: { basePath: string; current: BookingStatus | undefined }) {
  const t = await getT();
  const entries: [BookingStatus | undefined, string][] = [[undefined, t("booking.cockpit.all")], ...BOOKING_STATUSES.map((status) => [status, t(`bookings.statuses.${status}`)] as [BookingStatus, string])];
  return (
    <nav aria-label={t("booking.cockpit.filter")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {entries.map(([status, label]) => (
          <li key={status ?? "all"}>
            <Link
              href={status ? `${basePath}?status=${status}` : basePath}
              aria-current={status === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm ${status === current ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

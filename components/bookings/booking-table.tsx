import Link from "next/link";
import type { ReactNode } from "react";
import type { BookingRow } from "@/lib/bookings/queries";
import { formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { DataTable, RowHeader, Td } from "@/components/ui/data-table";
import { BookingStatusBadge } from "./booking-status-badge";

type BookingTableProps = {
  caption: string;
  bookings: BookingRow[];
  showHolder?: boolean;
  /** The cockpit's approve / decline buttons; the column only appears when given. */
  renderActions?: (booking: BookingRow) => ReactNode;
};

/** Bookings with their period in the site's own time zone; each row leads to the booking's page. */
export async function BookingTable({ caption, bookings, showHolder = false, renderActions }: BookingTableProps) {
  const [t, locale] = [await getT(), await getLocale()];
  const headers = [
    t("bookings.resource"),
    t("bookings.site"),
    ...(showHolder ? [t("bookings.holder")] : []),
    t("bookings.period"),
    t("bookings.status"),
    ...(renderActions ? [t("booking.cockpit.actions")] : []),
  ];
  return (
    <DataTable caption={caption} headers={headers}>
      {bookings.map((booking) => (
        <tr key={booking.id} data-testid="booking-row">
          <RowHeader>
            <Link href={`/bookings/${booking.id}`} className="text-brand-700 hover:underline">
              {booking.resourceName}
            </Link>
          </RowHeader>
          <Td>{booking.siteName}</Td>
          {showHolder ? <Td>{booking.holderName}</Td> : null}
          <Td className="whitespace-nowrap">
            <time dateTime={booking.period.start.toISOString()}>{formatPeriod(booking.period, booking.timeZone, locale)}</time>
          </Td>
          <Td>
            <BookingStatusBadge status={booking.status} />
          </Td>
          {renderActions ? <Td>{renderActions(booking)}</Td> : null}
        </tr>
      ))}
    </DataTable>
  );
}

import type { BookingRow } from "@/lib/bookings/queries";
import { formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { DataTable, RowHeader, Td } from "@/components/ui/data-table";
import { BookingStatusBadge } from "./booking-status-badge";

type BookingTableProps = { caption: string; bookings: BookingRow[]; showHolder?: boolean };

/** Bookings with their period in the site's own time zone; the cockpit also shows who they are for. */
export async function BookingTable({ caption, bookings, showHolder = false }: BookingTableProps) {
  const [t, locale] = [await getT(), await getLocale()];
  const headers = [t("bookings.resource"), t("bookings.site"), ...(showHolder ? [t("bookings.holder")] : []), t("bookings.period"), t("bookings.status")];
  return (
    <DataTable caption={caption} headers={headers}>
      {bookings.map((booking) => (
        <tr key={booking.id} data-testid="booking-row">
          <RowHeader>{booking.resourceName}</RowHeader>
          <Td>{booking.siteName}</Td>
          {showHolder ? <Td>{booking.holderName}</Td> : null}
          <Td className="whitespace-nowrap">
            <time dateTime={booking.period.start.toISOString()}>{formatPeriod(booking.period, booking.timeZone, locale)}</time>
          </Td>
          <Td>
            <BookingStatusBadge status={booking.status} />
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}

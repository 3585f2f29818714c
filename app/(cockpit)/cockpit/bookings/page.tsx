import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listOrgBookings } from "@/lib/bookings/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { BookingTable } from "@/components/bookings/booking-table";
import { BookingDecision } from "@/components/bookings/booking-decision";
import { parseStatusFilter, StatusFilter } from "@/components/bookings/status-filter";

export const generateMetadata = pageTitle("nav.bookings");

type Props = { searchParams: Promise<{ status?: string | string[] }> };

export default async function CockpitBookingsPage({ searchParams }: Props) {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const status = parseStatusFilter((await searchParams).status);
  const bookings = await listOrgBookings({ orgId: org.id, status });

  return (
    <>
      <PageHeader title={t("nav.bookings")} description={t("cockpit.bookings.intro")} />
      <StatusFilter basePath="/cockpit/bookings" current={status} />
      {bookings.length === 0 ? (
        <EmptyState title={t("cockpit.bookings.empty")}>{status ? null : t("cockpit.bookings.emptyText")}</EmptyState>
      ) : (
        <BookingTable
          caption={t("nav.bookings")}
          bookings={bookings}
          showHolder
          renderActions={(booking) =>
            booking.status === "pending" ? <BookingDecision bookingId={booking.id} label={`${booking.resourceName}, ${booking.holderName}`} /> : null
          }
        />
      )}
    </>
  );
}

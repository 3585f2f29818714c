import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listOrgBookings } from "@/lib/bookings/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { BookingTable } from "@/components/bookings/booking-table";

export const generateMetadata = pageTitle("nav.bookings");

export default async function CockpitBookingsPage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const bookings = await listOrgBookings({ orgId: org.id });

  return (
    <>
      <PageHeader title={t("nav.bookings")} description={t("cockpit.bookings.intro")} />
      {bookings.length === 0 ? (
        <EmptyState title={t("cockpit.bookings.empty")}>{t("cockpit.bookings.emptyText")}</EmptyState>
      ) : (
        <BookingTable caption={t("nav.bookings")} bookings={bookings} showHolder />
      )}
    </>
  );
}

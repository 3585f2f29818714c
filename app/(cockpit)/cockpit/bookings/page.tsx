import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { hasActiveFilter, parseBookingFilters } from "@/lib/cockpit/booking-filters";
import { BOOKING_LIST_LIMIT, listBookingFilterOptions, listCockpitBookings } from "@/lib/cockpit/booking-list";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { BookingFiltersForm } from "@/components/cockpit/bookings/booking-filters";
import { CockpitBookingTable } from "@/components/cockpit/bookings/cockpit-booking-table";

export const generateMetadata = pageTitle("nav.bookings");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CockpitBookingsPage({ searchParams }: Props) {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const filters = parseBookingFilters(await searchParams);
  const timeZone = await getOrgTimeZone({ orgId: org.id });
  const [bookings, options] = await Promise.all([listCockpitBookings({ orgId: org.id, filters, timeZone }), listBookingFilterOptions({ orgId: org.id })]);
  const filtered = hasActiveFilter(filters);

  return (
    <>
      <PageHeader title={t("nav.bookings")} description={t("cockpitBookings.list.intro", { zone: timeZone })} />
      <BookingFiltersForm filters={filters} options={options} />
      {bookings.length === 0 ? (
        filtered ? (
          <EmptyState title={t("cockpitBookings.list.emptyFiltered")}>{t("cockpitBookings.list.emptyFilteredText")}</EmptyState>
        ) : (
          <EmptyState title={t("cockpit.bookings.empty")}>{t("cockpit.bookings.emptyText")}</EmptyState>
        )
      ) : (
        <>
          <CockpitBookingTable bookings={bookings} filters={filters} caption={t("nav.bookings")} />
          {bookings.length === BOOKING_LIST_LIMIT ? <p className="mt-2 text-xs text-stone-500">{t("cockpitBookings.list.truncated", { count: BOOKING_LIST_LIMIT })}</p> : null}
        </>
      )}
    </>
  );
}

import Link from "next/link";
import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listBookingsByBooker } from "@/lib/bookings/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { BookingTable } from "@/components/bookings/booking-table";

export const generateMetadata = pageTitle("bookings.title");

export default async function MyBookingsPage() {
  await connection();
  const { user, org } = await requireUser();
  const t = await getT();
  const bookings = await listBookingsByBooker({ orgId: org.id, bookerId: user.id });
  const now = Date.now();
  // A booking that is under way counts as upcoming: its access is still live.
  const upcoming = bookings.filter((booking) => booking.period.end.getTime() > now);
  const past = bookings.filter((booking) => booking.period.end.getTime() <= now).reverse();

  return (
    <>
      <PageHeader title={t("bookings.title")} description={t("bookings.intro")} />
      {bookings.length === 0 ? (
        <EmptyState title={t("bookings.empty")}>
          <p>{t("bookings.emptyText")}</p>
          <Link href="/" className="mt-3 inline-block font-medium text-brand-700 underline">
            {t("bookings.browseSites")}
          </Link>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-8">
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold">
              {t("bookings.upcoming")}
            </h2>
            {upcoming.length === 0 ? (
              <p className="text-sm text-stone-600">{t("bookings.noUpcoming")}</p>
            ) : (
              <BookingTable caption={t("bookings.upcoming")} bookings={upcoming} />
            )}
          </section>
          <section aria-labelledby="past-heading">
            <h2 id="past-heading" className="mb-3 text-lg font-semibold">
              {t("bookings.past")}
            </h2>
            {past.length === 0 ? (
              <p className="text-sm text-stone-600">{t("bookings.noPast")}</p>
            ) : (
              <BookingTable caption={t("bookings.past")} bookings={past} />
            )}
          </section>
        </div>
      )}
    </>
  );
}

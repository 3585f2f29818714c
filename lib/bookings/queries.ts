import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { bookings, resources, sites } from "@/db/schema";

// Every read takes the caller's organisation and puts it in the WHERE clause (see lib/resources/queries.ts).

/** The columns of a booking row in a list (portal and cockpit). */
export const bookingRowColumns = {
  id: bookings.id,
  period: bookings.period,
  status: bookings.status,
  holderName: bookings.holderName,
  createdAt: bookings.createdAt,
  resourceName: resources.name,
  siteName: sites.name,
  timeZone: sites.timeZone,
};

export type BookingRow = Awaited<ReturnType<typeof listBookingsByBooker>>[number];

/** The bookings someone made (for themselves or for others), earliest first. */
export async function listBookingsByBooker({ orgId, bookerId }: { orgId: string; bookerId: string }) {
  const db = await getDb();
  return db
    .select(bookingRowColumns)
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(and(eq(bookings.orgId, orgId), eq(bookings.bookerId, bookerId)))
    .orderBy(asc(sql`lower(${bookings.period})`));
}

export async function countPendingBookings({ orgId }: { orgId: string }): Promise<number> {
  const db = await getDb();
  return db.$count(bookings, and(eq(bookings.orgId, orgId), eq(bookings.status, "pending")));
}

import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { DateTime } from "luxon";
import { getDb } from "@/db";
import { bookingRowColumns } from "@/lib/bookings/queries";
import { bookings, resources, sites } from "@/db/schema";
import { hasAccessProblem } from "./access-problems";
import type { BookingFilters, BookingSort } from "./booking-filters";

// The cockpit's booking list: every filter goes into the query, scoped by the admin's organisation.

export const BOOKING_LIST_LIMIT = 200;

export type CockpitBookingRow = Awaited<ReturnType<typeof listCockpitBookings>>[number];

type ListOptions = { orgId: string; filters: BookingFilters; timeZone: string; limit?: number };

export async function listCockpitBookings({ orgId, filters, timeZone, limit = BOOKING_LIST_LIMIT }: ListOptions) {
  const db = await getDb();
  const problem = hasAccessProblem();
  return db
    .select({ ...bookingRowColumns, accessProblem: problem })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(
      and(
        eq(bookings.orgId, orgId),
        filters.site ? eq(sites.id, filters.site) : undefined,
        filters.resource ? eq(resources.id, filters.resource) : undefined,
        filters.status ? eq(bookings.status, filters.status) : undefined,
        periodFilter(filters, timeZone),
        filters.problems ? problem : undefined,
      ),
    )
    .orderBy(...orderFor(filters.sort ?? "created", filters.dir ?? (filters.sort && filters.sort !== "created" ? "asc" : "desc")))
    .limit(limit);
}

/** Bookings that overlap the local days from..to (both included) in the organisation's time zone. */
function periodFilter({ from, to }: BookingFilters, timeZone: string): SQL | undefined {
  const start = from ? DateTime.fromISO(from, { zone: timeZone }).startOf("day") : null;
  const end = to ? DateTime.fromISO(to, { zone: timeZone }).plus({ days: 1 }).startOf("day") : null;
  if (!start?.isValid && !end?.isValid) return undefined;
  const lower = start?.isValid ? start.toUTC().toISO() : null;
  const upper = end?.isValid ? end.toUTC().toISO() : null;
  return sql`${bookings.period} && tstzrange(${lower}::timestamptz, ${upper}::timestamptz, '[)')`;
}

function orderFor(sort: BookingSort, dir: "asc" | "desc"): SQL[] {
  const by = dir === "asc" ? asc : desc;
  switch (sort) {
    case "start":
      return [by(sql`lower(${bookings.period})`), desc(bookings.createdAt)];
    case "resource":
      return [by(resources.name), asc(sql`lower(${bookings.period})`)];
    case "status":
      return [by(bookings.status), asc(sql`lower(${bookings.period})`)];
    case "created":
      return [by(bookings.createdAt), by(bookings.id)];
  }
}

/** The choices of the site and resource filters. */
export async function listBookingFilterOptions({ orgId }: { orgId: string }) {
  const db = await getDb();
  const [siteRows, resourceRows] = await Promise.all([
    db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.orgId, orgId)).orderBy(asc(sites.name)),
    db.select({ id: resources.id, name: resources.name, siteId: resources.siteId }).from(resources).where(eq(resources.orgId, orgId)).orderBy(asc(resources.name)),
  ]);
  return { sites: siteRows, resources: resourceRows };
}

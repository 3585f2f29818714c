import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { bookings } from "@/db/schema";
import { formatTimeRange } from "@/db/schema/columns";
import type { Availability } from "./availability-types";
import type { AvailabilityQuery } from "./schemas";
import { computeDayAvailability } from "./availability";
import { ACTIVE_STATUSES, loadBookableResource } from "./load";
import { startOfLocalDay } from "./local-time";

/** Day or week availability of a resource of the caller's organisation, in the site's time zone. */
export async function getAvailability({ orgId, query, now = new Date() }: { orgId: string; query: AvailabilityQuery; now?: Date }): Promise<Availability> {
  const db = await getDb();
  const { resource, timeZone, rules } = await loadBookableResource(db, orgId, query.resourceId);
  const first = startOfLocalDay(query.date, timeZone);
  const dates = Array.from({ length: query.days }, (_, index) => first.plus({ days: index }).toISODate()!);
  const window = { start: first.minus({ hours: 25 }).toJSDate(), end: first.plus({ days: query.days + 1 }).toJSDate() };
  const rows = await db
    .select({ blocked: bookings.blockedPeriod })
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, resource.id),
        inArray(bookings.status, [...ACTIVE_STATUSES]),
        sql`${bookings.blockedPeriod} && ${formatTimeRange(window)}::tstzrange`,
        query.ignoreBookingId ? ne(bookings.id, query.ignoreBookingId) : undefined,
      ),
    );
  const blocked = rows.map((row) => row.blocked);
  return {
    resourceId: resource.id,
    timeZone,
    slotMinutes: rules.slotMinutes,
    minDurationMinutes: rules.minDurationMinutes,
    maxDurationMinutes: rules.maxDurationMinutes,
    days: dates.map((date) => computeDayAvailability({ date, timeZone, rules, blocked, now })),
  };
}

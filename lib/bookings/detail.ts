import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { bookings, lockIntegrations, resources, sites } from "@/db/schema";
import { readBookingRules } from "@/lib/resources/rules";

export type BookingViewer = { userId: string; orgId: string; role: "admin" | "resident" };

/**
 * A booking with its resource and site, for its booker and for the organisation's admins only; anyone else
 * (another resident, another organisation) gets null, exactly as if it did not exist.
 */
export async function getBookingDetail({ viewer, bookingId }: { viewer: BookingViewer; bookingId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      booking: bookings,
      resource: resources,
      site: { id: sites.id, name: sites.name, timeZone: sites.timeZone, accessInfo: sites.accessInfo },
      vendor: lockIntegrations.vendor,
    })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(lockIntegrations, eq(lockIntegrations.id, sites.integrationId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.orgId, viewer.orgId)))
    .limit(1);
  if (!row) return null;
  if (viewer.role !== "admin" && row.booking.bookerId !== viewer.userId) return null;
  return { ...row, rules: readBookingRules(row.resource.rules) };
}

export type BookingDetail = NonNullable<Awaited<ReturnType<typeof getBookingDetail>>>;

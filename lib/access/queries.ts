import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, bookings, resources } from "@/db/schema";

// Every read takes the caller's organisation and puts it in the WHERE clause (see lib/resources/queries.ts).

/**
 * Bookings whose access missed the start-time guarantee (start-alerts.ts), newest first. `open`: the grant is
 * still not usable (requested, in progress or failed), so the flag on the booking stays until access works.
 */
export async function listAccessAlerts({ orgId, bookingId }: { orgId: string; bookingId?: string }) {
  const db = await getDb();
  return db
    .select({
      grantId: accessGrants.id,
      bookingId: bookings.id,
      resourceName: resources.name,
      holderName: bookings.holderName,
      period: bookings.period,
      grantStatus: accessGrants.status,
      lastError: accessGrants.lastError,
      alertedAt: accessGrants.startAlertedAt,
      open: sql<boolean>`${accessGrants.status} in ('requested', 'in_progress', 'failed') and ${bookings.status} = 'confirmed'`,
    })
    .from(accessGrants)
    .innerJoin(bookings, and(eq(bookings.id, accessGrants.bookingId), eq(bookings.orgId, orgId)))
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .where(and(eq(accessGrants.orgId, orgId), isNotNull(accessGrants.startAlertedAt), bookingId ? eq(bookings.id, bookingId) : undefined))
    .orderBy(desc(accessGrants.startAlertedAt));
}

import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { compiledQuery } from "@/db/compiled-query";
import { bookings, resources, sites, users } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { readBookingRules } from "@/lib/resources/rules";

export type Actor = { userId: string; orgId: string; role: "admin" | "resident" };

export const ACTIVE_STATUSES = ["pending", "confirmed"] as const;

/** A bookable (not archived) resource of the actor's organisation, with its site and parsed rules. */
export async function loadBookableResource(db: DbOrTx, orgId: string, resourceId: string) {
  const [row] = await selectBookableResource(db, { orgId, resourceId });
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return { ...row, rules: readBookingRules(row.resource.rules) };
}

// Every booking runs these: built once (db/compiled-query.ts).
const selectBookableResource = compiledQuery("bookable_resource", ["orgId", "resourceId"], (db, p) =>
  db
    .select({ resource: resources, timeZone: sites.timeZone })
    .from(resources)
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(and(eq(resources.id, p.resourceId), eq(resources.orgId, p.orgId), isNull(resources.archivedAt)))
    .limit(1),
);

/**
 * Locks the booking row for this transaction. Residents may only touch their own bookings; another
 * person's booking (or another organisation's) is reported as not found, not as forbidden.
 */
export async function lockBookingForActor(tx: DbOrTx, actor: Actor, bookingId: string) {
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.orgId, actor.orgId)))
    .for("update");
  if (!booking || (actor.role !== "admin" && booking.bookerId !== actor.userId)) {
    throw new AppError("NOT_FOUND", "errors.notFound");
  }
  return booking;
}

export async function countActiveFutureBookings(db: DbOrTx, { resourceId, bookerId, now }: { resourceId: string; bookerId: string; now: Date }) {
  // An ISO string, not a Date: drizzle turns off postgres.js date serialisation for raw SQL parameters.
  const [row] = await selectActiveFutureCount(db, { resourceId, bookerId, now: now.toISOString() });
  return row?.value ?? 0;
}

const selectActiveFutureCount = compiledQuery("active_future_bookings", ["resourceId", "bookerId", "now"], (db, p) =>
  db
    .select({ value: count() })
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, p.resourceId),
        eq(bookings.bookerId, p.bookerId),
        inArray(bookings.status, [...ACTIVE_STATUSES]),
        sql`upper(${bookings.period}) > ${p.now}::timestamptz`,
      ),
    ),
);

export async function loadUser(db: DbOrTx, userId: string) {
  const [user] = await selectUser(db, { userId });
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  return user;
}

const selectUser = compiledQuery("user_by_id", ["userId"], (db, p) => db.select().from(users).where(eq(users.id, p.userId)).limit(1));

/** Serialises the quota check of one person on one resource (check-then-insert would race otherwise). */
export async function lockPersonOnResource(tx: DbOrTx, resourceId: string, userId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${resourceId}:${userId}`}))`);
}

import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { compiledQuery } from "@/db/compiled-query";
import { accessGrants, bookings } from "@/db/schema";

// Row access for the grant lifecycle. Locks are always taken booking first, then its grants in creation
// order, so two transactions touching one booking's grants wait for each other instead of deadlocking.

export type Grant = typeof accessGrants.$inferSelect;
export type GrantStatus = Grant["status"];
/** Column values, or SQL such as a time computed from the database's clock. */
export type GrantPatch = PgUpdateSetSource<typeof accessGrants>;

/** Grants that hold (or are about to hold) a credential the holder may use. */
export const LIVE_STATUSES = ["requested", "in_progress", "activation_pending", "active", "failed"] as const satisfies GrantStatus[];

/** Statuses in which a sync job has vendor work to do. */
export const WORK_STATUSES = ["requested", "in_progress", "removal_pending"] as const satisfies GrantStatus[];

export async function lockGrant(tx: DbOrTx, grantId: string): Promise<Grant | null> {
  const [grant] = await tx.select().from(accessGrants).where(eq(accessGrants.id, grantId)).for("update");
  return grant ?? null;
}

const selectBookingForUpdate = compiledQuery("lock_booking", ["bookingId"], (db, p) => db.select().from(bookings).where(eq(bookings.id, p.bookingId)).for("update"));

export async function lockBooking(tx: DbOrTx, bookingId: string) {
  const [booking] = await selectBookingForUpdate(tx, { bookingId });
  return booking ?? null;
}

const selectBookingGrantsForUpdate = compiledQuery("lock_booking_grants", ["bookingId"], (db, p) =>
  db.select().from(accessGrants).where(eq(accessGrants.bookingId, p.bookingId)).orderBy(asc(accessGrants.createdAt), asc(accessGrants.id)).for("update"),
);

/** Every grant the booking ever had (live or not), oldest first, locked for this transaction. */
export async function lockBookingGrants(tx: DbOrTx, bookingId: string): Promise<Grant[]> {
  return selectBookingGrantsForUpdate(tx, { bookingId });
}

export function isLive(grant: Pick<Grant, "status">): boolean {
  return (LIVE_STATUSES as readonly string[]).includes(grant.status);
}

/** The booking's grants that still stand, oldest first, locked for this transaction. */
export async function lockLiveBookingGrants(tx: DbOrTx, bookingId: string): Promise<Grant[]> {
  return tx
    .select()
    .from(accessGrants)
    .where(and(eq(accessGrants.bookingId, bookingId), inArray(accessGrants.status, [...LIVE_STATUSES])))
    .orderBy(asc(accessGrants.createdAt), asc(accessGrants.id))
    .for("update");
}

export async function updateGrant(tx: DbOrTx, grantId: string, patch: GrantPatch): Promise<Grant> {
  const [row] = await tx.update(accessGrants).set(patch).where(eq(accessGrants.id, grantId)).returning();
  if (!row) throw new Error(`access grant ${grantId} vanished`);
  return row;
}

/**
 * next_attempt_at values are computed by the database (now() of the transaction), the clock pg-boss uses for
 * a job's startAfter too: a retry job then never finds its grant's back-off still running.
 */
export function dbTimeIn(ms: number) {
  return sql`now() + ${Math.round(ms)} * interval '1 millisecond'`;
}

export function hasVendorRefs(grant: Pick<Grant, "vendorRefs">): boolean {
  return Object.keys(grant.vendorRefs ?? {}).length > 0;
}

// Standing grants (community access) have no booking to lock. Every transaction that changes a member's
// standing grants takes this per-member lock first, then the grants: the same order as booking, then grants.

/** Serialises work on one member's standing grants for the rest of the transaction. */
export async function lockStandingHolder(tx: DbOrTx, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`keyslot-standing:${userId}`}))`);
}

/** The live standing grants of one (community rule, member) pair, oldest first, locked. */
export async function lockLiveStandingGrants(tx: DbOrTx, { accessRuleId, userId }: { accessRuleId: string; userId: string }): Promise<Grant[]> {
  return tx
    .select()
    .from(accessGrants)
    .where(
      and(
        isNull(accessGrants.bookingId),
        eq(accessGrants.accessRuleId, accessRuleId),
        eq(accessGrants.userId, userId),
        inArray(accessGrants.status, [...LIVE_STATUSES]),
      ),
    )
    .orderBy(asc(accessGrants.createdAt), asc(accessGrants.id))
    .for("update");
}

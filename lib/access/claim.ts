import { and, eq, getTableColumns, gte, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { compiledQuery } from "@/db/compiled-query";
import { accessGrants } from "@/db/schema";
import { getAccessEngineOptions } from "./engine-options";
import { WORK_STATUSES, type Grant, type GrantStatus } from "./grant-store";

// One worker at a time per grant. Claiming sets next_attempt_at to the end of a lease: until then no other
// worker starts a vendor attempt for this grant (a retry's back-off uses the same column). So a cancel that
// arrives while the grant is being provisioned waits for that call, and its revoke then knows the refs.

export type Claim = {
  grant: Grant;
  /** Identifies this attempt: the finisher only acts on the grant while the lease is still its own. */
  lease: Date;
  /**
   * Claimed from `requested`: no attempt for this grant was ever made (nothing else leaves that status), so
   * the lock system cannot hold a credential under its idempotency key yet.
   */
  firstAttempt: boolean;
};

export async function claimGrant(grantId: string): Promise<Claim | null> {
  const db = await getDb();
  const [row] = await claimStatement(db, { grantId, leaseMs: Math.round(getAccessEngineOptions().leaseMs) });
  if (!row) return null;
  const { previousStatus, ...grant } = row;
  return { grant, lease: grant.nextAttemptAt!, firstAttempt: previousStatus === "requested" };
}

// One statement (no transaction around it): lock the row, check it is free and has work, take the lease,
// and write the audit event of requested -> in_progress (transitions.ts's edge, written here in SQL).
// The locking read gives the row as the last committed change left it, so previous_status is never stale.
const claimStatement = compiledQuery("claim_grant", ["grantId", "leaseMs"], (db, p) => {
  const current = db.$with("current").as(
    db.select({ id: accessGrants.id, status: accessGrants.status }).from(accessGrants).where(eq(accessGrants.id, p.grantId)).for("update"),
  );
  const fromRequested = sql`${current.status} = 'requested'`;
  const claimed = db.$with("claimed").as(
    db
      .update(accessGrants)
      .set({
        status: sql`case when ${fromRequested} then 'in_progress' else ${accessGrants.status} end`,
        attempts: sql`case when ${fromRequested} then 1 else ${accessGrants.attempts} + 1 end`,
        nextAttemptAt: sql`now() + ${p.leaseMs}::integer * interval '1 millisecond'`,
      })
      .from(current)
      .where(
        and(
          eq(accessGrants.id, current.id),
          inArray(current.status, [...WORK_STATUSES]),
          // Busy or backing off: the holder of the lease (or the scheduled retry) carries on; reconciliation
          // resumes grants whose worker died.
          sql`coalesce(${accessGrants.nextAttemptAt} <= now(), true)`,
        ),
      )
      .returning({ ...getTableColumns(accessGrants), previousStatus: sql<GrantStatus>`${current.status}`.as("previous_status") }),
  );
  const audit = db.$with("audit", {}).as(sql`
    insert into audit_events (org_id, action, entity_type, entity_id, data)
    select org_id, 'access.in_progress', 'access_grant', id::text,
           jsonb_build_object('from', previous_status, 'bookingId', booking_id, 'attempts', attempts)
      from claimed where previous_status = 'requested'`);
  return db.with(current, claimed, audit).select().from(claimed);
});

/**
 * After a finish that failed (the database, not the vendor): frees the grant at once instead of at the end
 * of the lease, so the job's retry can run. The attempt is repeated; its idempotency key finds what the
 * lost one created.
 */
export async function releaseClaim(claim: Claim): Promise<void> {
  const db = await getDb();
  await db
    .update(accessGrants)
    .set({ nextAttemptAt: null })
    // Still this claim's lease (the column has microseconds, the Date only milliseconds).
    .where(and(eq(accessGrants.id, claim.grant.id), gte(accessGrants.nextAttemptAt, claim.lease), lt(accessGrants.nextAttemptAt, new Date(claim.lease.getTime() + 1))));
}

import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants } from "@/db/schema";
import { getAccessEngineOptions } from "./engine-options";
import { dbTimeIn, updateGrant, WORK_STATUSES, type Grant } from "./grant-store";
import { transitionGrant } from "./transitions";

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
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ grant: accessGrants, busy: sql<boolean>`coalesce(${accessGrants.nextAttemptAt} > now(), false)` })
      .from(accessGrants)
      .where(eq(accessGrants.id, grantId))
      .for("update");
    if (!row || !(WORK_STATUSES as readonly string[]).includes(row.grant.status)) return null;
    // Busy or backing off: the holder of the lease (or the scheduled retry) carries on; reconciliation
    // resumes grants whose worker died.
    if (row.busy) return null;
    const { grant } = row;
    const patch = { attempts: grant.attempts + 1, nextAttemptAt: dbTimeIn(getAccessEngineOptions().leaseMs) };
    const claimed =
      grant.status === "requested"
        ? await transitionGrant(tx, grant, "in_progress", { patch: { ...patch, attempts: 1 } })
        : await updateGrant(tx, grant.id, patch);
    return { grant: claimed, lease: claimed.nextAttemptAt!, firstAttempt: grant.status === "requested" };
  });
}

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

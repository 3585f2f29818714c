import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { accessGrants, auditEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { lockBooking, lockGrant, type Grant } from "./grant-store";
import { retireGrant, type RetireResult } from "./retire";
import { wakeAccessWorkers } from "./sync-jobs";

// An admin takes one access away by hand (the cockpit's "Revoke"). The grant goes the usual way out
// (retire.ts: removal_pending, removed only after the lock system's read-back); the booking itself is not
// touched. The marker event `access.revoked_by_admin` is what keeps the engine from handing the booking a
// new grant on its next sync (syncBookingAccess, reconcileAccess): the admin's decision stands until an admin
// re-issues the access (reissue.ts), which gives the booking a newer grant and so lifts the hold.

export const ADMIN_REVOKED_ACTION = "access.revoked_by_admin";

export type AdminRevokeResult = { grant: Grant; result: RetireResult };

/**
 * Null when the grant is not this organisation's. A grant already on its way out (removal pending, removed,
 * expired) is left as it is: result null.
 */
export async function revokeGrantByAdmin({ orgId, grantId, actorUserId }: { orgId: string; grantId: string; actorUserId: string }): Promise<AdminRevokeResult | null> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const [seen] = await tx.select({ bookingId: accessGrants.bookingId }).from(accessGrants).where(and(eq(accessGrants.id, grantId), eq(accessGrants.orgId, orgId)));
    if (!seen) return null;
    // Lock order of the engine: the booking first, then its grant.
    if (seen.bookingId) await lockBooking(tx, seen.bookingId);
    const grant = await lockGrant(tx, grantId);
    if (!grant || grant.orgId !== orgId) return null;
    const result = await retireGrant(tx, grant, "revoked_by_admin");
    if (result) {
      await recordAudit(
        { orgId, actorUserId, action: ADMIN_REVOKED_ACTION, entityType: "access_grant", entityId: grant.id, data: { bookingId: grant.bookingId, from: grant.status } },
        tx,
      );
    }
    const [after] = await tx.select().from(accessGrants).where(eq(accessGrants.id, grantId));
    return { grant: after!, result };
  });
  if (outcome?.result === "removal_pending") wakeAccessWorkers();
  return outcome;
}

/**
 * True when the booking's newest grant (`newest`: of any status, as lockBookingGrants lists them) was revoked
 * by an admin: the engine then leaves the booking without access instead of re-provisioning it. The audit
 * log is only asked when that grant is on its way out or gone (an admin-revoked grant never leaves those two
 * statuses), so the usual paths (a first grant, a reschedule, a failed grant replaced) cost no query.
 */
export async function isAccessWithheldByAdmin(tx: DbOrTx, newest: Pick<Grant, "id" | "orgId" | "status"> | undefined): Promise<boolean> {
  if (!newest || (newest.status !== "removal_pending" && newest.status !== "removed")) return false;
  const [marker] = await tx
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, newest.orgId), eq(auditEvents.entityType, "access_grant"), eq(auditEvents.entityId, newest.id), eq(auditEvents.action, ADMIN_REVOKED_ACTION)))
    .limit(1);
  return marker !== undefined;
}

import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { accessGrants } from "@/db/schema";
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
 * True when the booking's newest grant was revoked by an admin: the engine then leaves the booking without
 * access instead of re-provisioning it. One query; a booking without grants never reaches the audit log.
 */
export async function isAccessWithheldByAdmin(tx: DbOrTx, bookingId: string): Promise<boolean> {
  const [newest] = await tx
    .select({
      // Spelled out: drizzle leaves columns unqualified in a single-table select, and "id" would be the event's.
      withheld: sql<boolean>`exists (select 1 from audit_events e where e.entity_type = 'access_grant' and e.entity_id = "access_grants"."id"::text and e.org_id = "access_grants"."org_id" and e.action = ${ADMIN_REVOKED_ACTION})`,
    })
    .from(accessGrants)
    .where(eq(accessGrants.bookingId, bookingId))
    .orderBy(desc(accessGrants.createdAt), desc(accessGrants.id))
    .limit(1);
  return newest?.withheld === true;
}

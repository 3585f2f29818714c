import { and, asc, eq, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants } from "@/db/schema";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { LockError, type VendorGrant } from "@/lib/locks/types";
import { logger } from "@/lib/server/logger";
import { syncBookingAccess } from "./booking-access";
import { reissueStandingAccess } from "./community-renewal";
import { getAccessEngineOptions } from "./engine-options";
import { hasVendorRefs, WORK_STATUSES, type Grant } from "./grant-store";
import { repairGrant, type Observation } from "./repair-grant";
import { enqueueGrantSync, wakeAccessWorkers } from "./sync-jobs";

// Keyslot's view against the lock systems'. Usable grants (and failed ones the lock system may hold after
// all) are read back one by one and repaired where they drifted (activated, expired, revoked or changed
// outside Keyslot, or there despite a failure); grants whose work stopped (a worker died
// mid-attempt, a job got lost) are handed to the sync queue again. Runs on a schedule (workers.ts).

export type ReconcileReport = { resumed: number; checked: number; repaired: number; unreachable: number };

type ReconcileOptions = { orgId?: string; now?: Date; limit?: number };

export async function reconcileAccess({ orgId, now = new Date(), limit = 500 }: ReconcileOptions = {}): Promise<ReconcileReport> {
  const report: ReconcileReport = { resumed: await resumeStalledWork(orgId, now), checked: 0, repaired: 0, unreachable: 0 };
  const db = await getDb();
  const grants = await db
    .select()
    .from(accessGrants)
    .where(and(or(inArray(accessGrants.status, ["activation_pending", "active"]), failedButKnownAt(now)), orgFilter(orgId)))
    // Those seen longest ago first, so a limited run still gets round to every grant over time.
    .orderBy(sql`${accessGrants.observedAt} asc nulls first`, asc(accessGrants.id))
    .limit(limit);
  for (const grant of grants) {
    const observation = await observeGrant(grant);
    if (observation.kind === "unreachable") {
      report.unreachable++;
      continue;
    }
    report.checked++;
    const result = await repairGrant(grant, observation, now);
    if (result === "none") continue;
    report.repaired++;
    if (result === "reissue" && grant.bookingId) await syncBookingAccess({ orgId: grant.orgId, bookingId: grant.bookingId });
    else if (result === "reissue") await reissueStandingAccess(grant);
  }
  if (report.repaired > 0 || report.resumed > 0 || report.unreachable > 0) logger.info("access: reconciled", report);
  return report;
}

async function observeGrant(grant: Grant): Promise<Observation> {
  let inPlace = false;
  try {
    const driver = await getIntegrationDriver({ orgId: grant.orgId, integrationId: grant.integrationId });
    if (!driver) return { kind: "unreachable" };
    inPlace = driver.capabilities.changeWindowInPlace;
    if (!hasVendorRefs(grant)) return { kind: "gone", inPlace };
    const vendor: VendorGrant = await driver.readGrant(grant.vendorRefs);
    return vendor.status === "unknown" ? { kind: "unreachable" } : { kind: "seen", vendor, inPlace };
  } catch (error) {
    if (error instanceof LockError && error.code === "not_found") return { kind: "gone", inPlace };
    logger.warn("access: read-back failed during reconciliation", { grantId: grant.id, error: error instanceof Error ? error.message : String(error) });
    return { kind: "unreachable" };
  }
}

async function resumeStalledWork(orgId: string | undefined, now: Date): Promise<number> {
  const stalledBefore = new Date(now.getTime() - getAccessEngineOptions().stalledAfterMs);
  const db = await getDb();
  const stalled = await db
    .select({ id: accessGrants.id })
    .from(accessGrants)
    .where(
      and(
        inArray(accessGrants.status, [...WORK_STATUSES]),
        or(and(isNull(accessGrants.nextAttemptAt), lt(accessGrants.updatedAt, stalledBefore)), lt(accessGrants.nextAttemptAt, stalledBefore)),
        orgFilter(orgId),
      ),
    );
  if (stalled.length === 0) return 0;
  await db.transaction(async (tx) => {
    for (const { id } of stalled) await enqueueGrantSync(tx, id);
  });
  wakeAccessWorkers();
  return stalled.length;
}

/** Failed grants whose vendor refs are known and whose window is still ahead: the lock system may hold them after all. */
function failedButKnownAt(now: Date): SQL {
  return and(
    eq(accessGrants.status, "failed"),
    sql`${accessGrants.vendorRefs} <> '{}'::jsonb`,
    sql`upper(${accessGrants.window}) > ${now.toISOString()}::timestamptz`,
  )!;
}

function orgFilter(orgId: string | undefined): SQL | undefined {
  return orgId ? eq(accessGrants.orgId, orgId) : undefined;
}

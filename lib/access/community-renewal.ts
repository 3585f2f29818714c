import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, accessRules } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { logger } from "@/lib/server/logger";
import { createStandingGrant, standingWindow, syncCommunityAccess } from "./community-access";
import { loadCommunityRulePlans } from "./community-plan";
import { lockGrant, lockStandingHolder, type Grant } from "./grant-store";
import { enqueueGrantSync, wakeAccessWorkers } from "./sync-jobs";
import { transitionGrant } from "./transitions";

// Standing access over time, run with the reconciliation (workers.ts):
// - drift: every organisation's standing grants are synced with its memberships and rules (a membership that
//   went without the engine, e.g. a deleted user, or a pair whose grant was never made);
// - renewal: a usable standing grant whose window ends within RENEW_BEFORE gets a new window from now on. Lock
//   systems that change windows in place (Xesar) keep the same mobile key; others get a new grant, and the
//   old one is retired only once the new one works (retire.ts), so the member is never without access.

const DAY = 86_400_000;

/** Renew when less than 30 days remain, or a quarter of the period when that is shorter. */
export function renewBeforeMs(days = getEnv().COMMUNITY_ACCESS_DAYS): number {
  return Math.min(30 * DAY, (days * DAY) / 4);
}

export type StandingReconcileReport = { created: number; retired: number; renewed: number };

export async function reconcileStandingAccess({ now = new Date(), orgId }: { now?: Date; orgId?: string } = {}): Promise<StandingReconcileReport> {
  const db = await getDb();
  const report: StandingReconcileReport = { created: 0, retired: 0, renewed: 0 };
  const orgs = await db
    .selectDistinct({ orgId: accessGrants.orgId })
    .from(accessGrants)
    .where(and(isNull(accessGrants.bookingId), orgId ? eq(accessGrants.orgId, orgId) : undefined))
    .union(db.selectDistinct({ orgId: accessRules.orgId }).from(accessRules).where(and(eq(accessRules.kind, "community"), orgId ? eq(accessRules.orgId, orgId) : undefined)));
  for (const org of orgs) {
    const synced = await db.transaction((tx) => syncCommunityAccess(tx, { orgId: org.orgId }, { reason: "community_access_ended", now }));
    report.created += synced.created;
    report.retired += synced.retired;
  }
  const horizon = new Date(now.getTime() + renewBeforeMs());
  const ending = await db
    .select()
    .from(accessGrants)
    .where(
      and(
        isNull(accessGrants.bookingId),
        inArray(accessGrants.status, ["active", "activation_pending"]),
        sql`upper(${accessGrants.window}) <= ${horizon.toISOString()}::timestamptz`,
        orgId ? eq(accessGrants.orgId, orgId) : undefined,
      ),
    );
  for (const grant of ending) if (await renewStandingGrant(grant, now)) report.renewed++;
  if (report.created + report.retired + report.renewed > 0) {
    logger.info("access: standing access reconciled", report);
    wakeAccessWorkers();
  }
  return report;
}

async function renewStandingGrant(seen: Grant, now: Date): Promise<boolean> {
  const inPlace = await changesWindowInPlace(seen);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockStandingHolder(tx, seen.userId!);
    const grant = await lockGrant(tx, seen.id);
    if (!grant || grant.status !== seen.status || grant.window.end.getTime() !== seen.window.end.getTime()) return false;
    const window = standingWindow(now);
    if (inPlace) {
      const next = { start: grant.window.start, end: window.end };
      await transitionGrant(tx, grant, "in_progress", {
        patch: { window: next, attempts: 0, lastError: null },
        data: { reason: "renewed", window: { start: next.start.toISOString(), end: next.end.toISOString() } },
      });
      await enqueueGrantSync(tx, grant.id);
      return true;
    }
    const rule = (await loadCommunityRulePlans(tx, { orgId: grant.orgId, ruleIds: [grant.accessRuleId!], window })).get(grant.accessRuleId!);
    if (!rule?.plan) return false;
    await createStandingGrant(tx, { orgId: grant.orgId, pair: { ruleId: grant.accessRuleId!, userId: grant.userId! }, rule, plan: rule.plan, window, actorUserId: null });
    return true;
  });
}

async function changesWindowInPlace(grant: Grant): Promise<boolean> {
  try {
    const driver = await getIntegrationDriver({ orgId: grant.orgId, integrationId: grant.integrationId });
    return driver?.capabilities.changeWindowInPlace ?? false;
  } catch {
    return false;
  }
}

/** Reconciliation found a standing grant failed for good (gone at the lock system): a new one for the pair. */
export async function reissueStandingAccess(grant: Grant): Promise<void> {
  if (!grant.accessRuleId || !grant.userId) return;
  const db = await getDb();
  await db.transaction((tx) =>
    syncCommunityAccess(tx, { orgId: grant.orgId, ruleId: grant.accessRuleId!, userId: grant.userId! }, { reissueFailed: true, reason: "reissued" }),
  );
  wakeAccessWorkers();
}

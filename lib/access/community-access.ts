import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accessGrants, accessRules, communities, communityMembers, memberships } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getEnv } from "@/lib/env";
import type { TimeWindow } from "@/lib/locks/types";
import { generateAccessPin, needsPin, sealPin } from "./access-pin";
import { loadCommunityRulePlans, type CommunityRulePlan } from "./community-plan";
import { hasVendorRefs, LIVE_STATUSES, lockStandingHolder, type Grant } from "./grant-store";
import type { AccessPlan } from "./plan";
import { retireGrant } from "./retire";
import { enqueueGrantSync } from "./sync-jobs";
import { transitionGrant } from "./transitions";

// Standing access through communities (product: "access through communities"). A member of a community
// that has community access rules holds one standing grant per (rule, member): created when the member or
// the rule is added, retired when either goes (or the member leaves the organisation). The grants then run
// through the same lifecycle, queue and workers as booking grants (sync-grant.ts with community-plan.ts).
//
// Callers run syncCommunityAccess inside the transaction that changes the membership or the rule, so the
// grants' sync jobs commit with the change or not at all, and call wakeAccessWorkers() after the commit.

export type StandingScope = { orgId: string; communityId?: string; userId?: string; ruleId?: string };

export type StandingSyncOptions = {
  /** Audited as the reason of every grant retired by this sync. */
  reason?: string;
  /** A failed grant of a pair is replaced by a new one (e.g. after the member's phone number was added). */
  reissueFailed?: boolean;
  actorUserId?: string | null;
  now?: Date;
};

export type StandingSyncReport = { created: number; retired: number };

type Pair = { ruleId: string; userId: string };
const pairKey = (pair: Pair) => `${pair.ruleId}|${pair.userId}`;

const DAY = 86_400_000;

/** The window of a standing grant issued now: COMMUNITY_ACCESS_DAYS long. */
export function standingWindow(now: Date, days = getEnv().COMMUNITY_ACCESS_DAYS): TimeWindow {
  return { start: now, end: new Date(now.getTime() + days * DAY) };
}

/** Makes the standing grants in `scope` follow the community memberships and rules as they are now. */
export async function syncCommunityAccess(tx: DbOrTx, scope: StandingScope, options: StandingSyncOptions = {}): Promise<StandingSyncReport> {
  const now = options.now ?? new Date();
  const report: StandingSyncReport = { created: 0, retired: 0 };
  // Lock every member concerned first (sorted: two syncs never wait on each other in a cycle), then read.
  const candidates = new Set([...(await listDesiredPairs(tx, scope)).map((p) => p.userId), ...(await listLiveStandingGrants(tx, scope, false)).map((g) => g.userId!)]);
  for (const userId of [...candidates].sort()) await lockStandingHolder(tx, userId);

  const desired = await listDesiredPairs(tx, scope);
  const live = await listLiveStandingGrants(tx, scope, true);
  const wanted = new Set(desired.map(pairKey));
  for (const grant of live) {
    if (wanted.has(pairKey({ ruleId: grant.accessRuleId!, userId: grant.userId! }))) continue;
    if (await retireGrant(tx, grant, options.reason ?? "community_access_ended")) report.retired++;
  }
  if (desired.length === 0) return report;
  const window = standingWindow(now);
  const plans = await loadCommunityRulePlans(tx, { orgId: scope.orgId, ruleIds: [...new Set(desired.map((p) => p.ruleId))], window });
  for (const pair of desired) {
    const rule = plans.get(pair.ruleId);
    const grants = live.filter((grant) => grant.accessRuleId === pair.ruleId && grant.userId === pair.userId);
    if (!rule?.plan) {
      for (const grant of grants) if (await retireGrant(tx, grant, "no_access_planned")) report.retired++;
      continue;
    }
    const newest = grants.at(-1);
    if (newest && !needsNewGrant(newest, rule.plan, options)) continue;
    // A failed grant is retired right away (whatever it may have left at the lock system is looked up and
    // revoked); a working one only once its replacement works (retireSupersededGrants, finish-provision.ts).
    if (newest?.status === "failed") await retireFailedGrant(tx, newest);
    await createStandingGrant(tx, { orgId: scope.orgId, pair, rule, plan: rule.plan, window, actorUserId: options.actorUserId ?? null });
    report.created++;
  }
  return report;
}

/**
 * A failed grant whose one attempt the lock system refused outright (e.g. a mobile key without a phone
 * number) holds nothing there: it is removed at once. Asking the lock system to find it first would send
 * the same request again, and now that the number is there it would issue a key just to revoke it.
 */
async function retireFailedGrant(tx: DbOrTx, grant: Grant): Promise<void> {
  const refused = grant.attempts <= 1 && !hasVendorRefs(grant) && (grant.lastError ?? "").startsWith("validation:");
  if (!refused) {
    await retireGrant(tx, grant, "reissued");
    return;
  }
  await transitionGrant(tx, grant, "removed", { patch: { removedAt: new Date(), pinEncrypted: null, nextAttemptAt: null }, data: { reason: "reissued" } });
}

/** A grant for other doors or another lock system than the rule names now is replaced. */
function needsNewGrant(grant: Grant, plan: AccessPlan, options: StandingSyncOptions): boolean {
  if (grant.status === "failed") return options.reissueFailed === true;
  if (grant.integrationId !== plan.integrationId) return true;
  return [...grant.doorIds].sort().join() !== [...plan.doorIds].sort().join();
}

type CreateInput = { orgId: string; pair: Pair; rule: CommunityRulePlan; plan: AccessPlan; window: TimeWindow; actorUserId: string | null };

export async function createStandingGrant(tx: DbOrTx, { orgId, pair, rule, plan, window, actorUserId }: CreateInput): Promise<Grant> {
  const id = randomUUID();
  const [grant] = await tx
    .insert(accessGrants)
    .values({
      id,
      orgId,
      bookingId: null,
      accessRuleId: pair.ruleId,
      userId: pair.userId,
      integrationId: plan.integrationId,
      doorIds: plan.doorIds,
      window,
      credentialType: plan.credentialType,
      status: "requested",
      pinEncrypted: needsPin(plan.credentialType) ? sealPin(generateAccessPin()) : null,
      idempotencyKey: `keyslot-grant:${id}`,
    })
    .returning();
  await recordAudit(
    {
      orgId,
      actorUserId,
      action: "access.requested",
      entityType: "access_grant",
      entityId: id,
      data: {
        communityId: rule.communityId,
        accessRuleId: pair.ruleId,
        userId: pair.userId,
        credentialType: plan.credentialType,
        targets: plan.targets.length,
        window: { start: window.start.toISOString(), end: window.end.toISOString() },
      },
    },
    tx,
  );
  await enqueueGrantSync(tx, id);
  return grant!;
}

/** (rule, member) pairs that should hold standing access: community rule x community member x organisation member. */
async function listDesiredPairs(tx: DbOrTx, scope: StandingScope): Promise<Pair[]> {
  return tx
    .select({ ruleId: accessRules.id, userId: communityMembers.userId })
    .from(accessRules)
    .innerJoin(communities, and(eq(communities.id, accessRules.communityId), eq(communities.orgId, scope.orgId)))
    .innerJoin(communityMembers, eq(communityMembers.communityId, communities.id))
    .innerJoin(memberships, and(eq(memberships.userId, communityMembers.userId), eq(memberships.orgId, scope.orgId)))
    .where(
      and(
        eq(accessRules.orgId, scope.orgId),
        eq(accessRules.kind, "community"),
        scope.ruleId ? eq(accessRules.id, scope.ruleId) : undefined,
        scope.communityId ? eq(communities.id, scope.communityId) : undefined,
        scope.userId ? eq(communityMembers.userId, scope.userId) : undefined,
      ),
    )
    .orderBy(asc(communityMembers.userId), asc(accessRules.id));
}

async function listLiveStandingGrants(tx: DbOrTx, scope: StandingScope, lock: boolean): Promise<Grant[]> {
  const query = tx
    .select({ grant: accessGrants })
    .from(accessGrants)
    .innerJoin(accessRules, eq(accessRules.id, accessGrants.accessRuleId))
    .where(
      and(
        eq(accessGrants.orgId, scope.orgId),
        isNull(accessGrants.bookingId),
        inArray(accessGrants.status, [...LIVE_STATUSES]),
        scope.ruleId ? eq(accessGrants.accessRuleId, scope.ruleId) : undefined,
        scope.communityId ? eq(accessRules.communityId, scope.communityId) : undefined,
        scope.userId ? eq(accessGrants.userId, scope.userId) : undefined,
      ),
    )
    .orderBy(asc(accessGrants.createdAt), asc(accessGrants.id));
  const rows = lock ? await query.for("update", { of: accessGrants }) : await query;
  return rows.map((row) => row.grant);
}

import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accessGrants, accessRules } from "@/db/schema";
import { LIVE_STATUSES, lockStandingHolder } from "./grant-store";
import { retireGrant } from "./retire";

// Before a community, or one of its community access rules, is deleted. A standing grant must not outlive its
// rule at the lock system, and its row cannot outlive the rule either (access_grants_source needs the rule for
// a grant without booking). So: every standing grant of the rules is retired in this transaction; the rows go
// only once nothing is left at any lock system (removed, or expired and cleaned up), their history staying in
// the audit log. Until then the caller keeps the rule and tells the admin to try again in a moment.

export type ReleaseResult = { retired: number; pending: number };

export async function releaseCommunityRules(tx: DbOrTx, { orgId, communityId, ruleId }: { orgId: string; communityId?: string; ruleId?: string }): Promise<ReleaseResult> {
  const rules = await tx
    .select({ id: accessRules.id })
    .from(accessRules)
    .where(
      and(
        eq(accessRules.orgId, orgId),
        eq(accessRules.kind, "community"),
        communityId ? eq(accessRules.communityId, communityId) : undefined,
        ruleId ? eq(accessRules.id, ruleId) : undefined,
      ),
    );
  const ruleIds = rules.map((rule) => rule.id);
  if (ruleIds.length === 0) return { retired: 0, pending: 0 };
  const ofRules = and(eq(accessGrants.orgId, orgId), isNull(accessGrants.bookingId), inArray(accessGrants.accessRuleId, ruleIds));
  const holders = await tx.selectDistinct({ userId: accessGrants.userId }).from(accessGrants).where(ofRules);
  for (const userId of holders.map((row) => row.userId!).sort()) await lockStandingHolder(tx, userId);
  const live = await tx
    .select()
    .from(accessGrants)
    .where(and(ofRules, inArray(accessGrants.status, [...LIVE_STATUSES])))
    .orderBy(asc(accessGrants.createdAt))
    .for("update");
  let retired = 0;
  for (const grant of live) if (await retireGrant(tx, grant, "community_rule_removed")) retired++;
  const [row] = await tx
    .select({ pending: sql<number>`count(*)::int` })
    .from(accessGrants)
    .where(and(ofRules, sql`not (${accessGrants.status} = 'removed' or (${accessGrants.status} = 'expired' and (${accessGrants.removedAt} is not null or ${accessGrants.vendorRefs} = '{}'::jsonb)))`));
  const pending = Number(row?.pending ?? 0);
  if (pending === 0) await tx.delete(accessGrants).where(ofRules);
  return { retired, pending };
}

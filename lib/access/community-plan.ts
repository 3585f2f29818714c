import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accessRules, communities, sites, users } from "@/db/schema";
import type { GrantRequest, TimeWindow } from "@/lib/locks/types";
import { credentialOf } from "./grant-request";
import type { Grant } from "./grant-store";
import { planBookingAccess, type AccessPlan } from "./plan";
import { loadPlanDoors } from "./load-plan";

// What standing access a community rule gives its members: the rule's doors (its Access Control
// Identifier) plus the always-open doors of the community's site, at the rule's lock system (else the
// site's), with the rule's credential where that lock system issues it (Xesar: mobile key). The plan is
// the booking plan's (plan.ts) with the standing window in place of a booking period and no buffers.

export type CommunityRulePlan = {
  ruleId: string;
  communityId: string;
  communityName: string;
  siteName: string | null;
  timeZone: string;
  /** Null when the rule opens no door (no lock system, or no valid identifier). */
  plan: AccessPlan | null;
};

/** The community rules of the organisation (all, or those named), each with its plan for `window`. */
export async function loadCommunityRulePlans(db: DbOrTx, { orgId, ruleIds, window }: { orgId: string; ruleIds?: string[]; window: TimeWindow }): Promise<Map<string, CommunityRulePlan>> {
  const rows = await db
    .select({ rule: accessRules, community: communities, site: sites })
    .from(accessRules)
    .innerJoin(communities, and(eq(communities.id, accessRules.communityId), eq(communities.orgId, orgId)))
    .leftJoin(sites, and(eq(sites.id, communities.siteId), eq(sites.orgId, orgId)))
    .where(and(eq(accessRules.orgId, orgId), eq(accessRules.kind, "community"), ruleIds ? inArray(accessRules.id, ruleIds) : undefined));
  const plans = new Map<string, CommunityRulePlan>();
  for (const { rule, community, site } of rows) {
    const { integration, alwaysOpenDoors, integrationDoors } = await loadPlanDoors(db, {
      orgId,
      integrationId: rule.integrationId ?? site?.integrationId ?? null,
      siteId: site?.id ?? null,
      identifiers: [rule.accessIdentifier],
    });
    const plan = planBookingAccess({
      period: window,
      integration,
      resourceIdentifier: rule.accessIdentifier,
      rule: { id: rule.id, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, credentialType: rule.credentialType, accessIdentifier: null },
      alwaysOpenDoors,
      integrationDoors,
    });
    plans.set(rule.id, {
      ruleId: rule.id,
      communityId: community.id,
      communityName: community.name,
      siteName: site?.name ?? null,
      timeZone: site?.timeZone ?? "UTC",
      plan,
    });
  }
  return plans;
}

export type StandingHolder = Pick<typeof users.$inferSelect, "id" | "name" | "email" | "phone" | "locale">;

export async function loadStandingHolder(db: DbOrTx, userId: string): Promise<StandingHolder | null> {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  return user ?? null;
}

/**
 * What the lock system is asked for on behalf of a standing grant: the member (their phone for a mobile key,
 * their e-mail), the rule's doors as they are now, the grant's own window and credential. Null when the rule
 * or the member is gone or the rule no longer names a door of the grant's lock system.
 */
export async function loadStandingGrantRequest(db: DbOrTx, grant: Grant): Promise<GrantRequest | null> {
  if (!grant.accessRuleId || !grant.userId) return null;
  const plans = await loadCommunityRulePlans(db, { orgId: grant.orgId, ruleIds: [grant.accessRuleId], window: grant.window });
  const plan = plans.get(grant.accessRuleId)?.plan;
  const holder = await loadStandingHolder(db, grant.userId);
  if (!plan || !holder || plan.integrationId !== grant.integrationId) return null;
  return {
    idempotencyKey: grant.idempotencyKey,
    holder: {
      name: holder.name ?? holder.email,
      phone: holder.phone,
      email: holder.email,
      language: holder.locale,
      // One person per member at the lock system, whatever community gives them access.
      externalId: `keyslot-user:${holder.id}`,
    },
    targets: plan.targets,
    window: grant.window,
    credential: credentialOf(grant),
  };
}

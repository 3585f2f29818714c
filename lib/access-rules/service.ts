import { and, eq, ne } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { accessRules, communities, lockIntegrations, resources } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record";
import { syncCommunityAccess } from "@/lib/access/community-access";
import { releaseCommunityRules } from "@/lib/access/community-release";
import { wakeAccessWorkers } from "@/lib/access/sync-jobs";
import { checkIdentifier } from "@/lib/resources/identifier-check";
import { getSiteLockSystem, listIntegrationDoors } from "@/lib/resources/site-doors";
import type { LockVendor } from "@/lib/locks/types";
import { credentialsFor } from "./credentials";
import type { AccessRuleInput, UpdateAccessRuleInput } from "./schemas";

// Access-rule writes of the cockpit, scoped by the actor's organisation; audited in the same transaction.
// A booking rule affects bookings planned from now on; grants already issued keep their doors and window.
// A community rule is standing access: its members' grants follow it at once, through the access engine in
// the same transaction (created on add, re-planned on edit, retired before the rule may go).

type Actor = { userId: string; orgId: string };
type Rule = typeof accessRules.$inferSelect;
type RuleValues = Omit<typeof accessRules.$inferInsert, "id" | "orgId" | "createdAt" | "updatedAt">;

export async function createAccessRule({ actor, input }: { actor: Actor; input: AccessRuleInput }): Promise<Rule> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const values = await resolveRule(tx, actor.orgId, input, null);
    const [rule] = await tx.insert(accessRules).values({ ...values, orgId: actor.orgId }).returning();
    await audit(tx, actor, "accessRule.created", rule!);
    await followCommunityRule(tx, actor.orgId, rule!);
    return rule!;
  }).finally(() => wakeAccessWorkers());
}

export async function updateAccessRule({ actor, input }: { actor: Actor; input: UpdateAccessRuleInput }): Promise<Rule> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await requireRule(tx, actor.orgId, input.ruleId);
    const values = await resolveRule(tx, actor.orgId, input.rule, current.id);
    const [rule] = await tx
      .update(accessRules)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(accessRules.id, current.id), eq(accessRules.orgId, actor.orgId)))
      .returning();
    await audit(tx, actor, "accessRule.updated", rule!);
    await followCommunityRule(tx, actor.orgId, rule!);
    return rule!;
  }).finally(() => wakeAccessWorkers());
}

export type DeleteAccessRuleResult = { deleted: true } | { deleted: false; pendingRemovals: number };

/** A community rule goes only once its members' access is gone at the lock system; until then it says so. */
export async function deleteAccessRule({ actor, input }: { actor: Actor; input: { ruleId: string } }): Promise<DeleteAccessRuleResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<DeleteAccessRuleResult> => {
    const rule = await requireRule(tx, actor.orgId, input.ruleId);
    if (rule.kind === "community") {
      const release = await releaseCommunityRules(tx, { orgId: actor.orgId, ruleId: rule.id });
      if (release.pending > 0) {
        await audit(tx, actor, "accessRule.delete_deferred", rule);
        return { deleted: false, pendingRemovals: release.pending };
      }
    }
    await tx.delete(accessRules).where(and(eq(accessRules.id, rule.id), eq(accessRules.orgId, actor.orgId)));
    await audit(tx, actor, "accessRule.deleted", rule);
    return { deleted: true };
  }).finally(() => wakeAccessWorkers());
}

async function followCommunityRule(tx: DbOrTx, orgId: string, rule: Rule): Promise<void> {
  if (rule.kind === "community") await syncCommunityAccess(tx, { orgId, ruleId: rule.id });
}

async function requireRule(tx: DbOrTx, orgId: string, ruleId: string): Promise<Rule> {
  const [rule] = await tx
    .select()
    .from(accessRules)
    .where(and(eq(accessRules.id, ruleId), eq(accessRules.orgId, orgId)))
    .for("update");
  if (!rule) throw new AppError("NOT_FOUND", "errors.notFound");
  return rule;
}

/** Checks the rule against the organisation's data and returns the columns to store. */
async function resolveRule(tx: DbOrTx, orgId: string, input: AccessRuleInput, ruleId: string | null): Promise<RuleValues> {
  const common = { kind: input.kind, credentialType: input.credentialType };
  if (input.kind === "booking") {
    const [resource] = await tx
      .select({ id: resources.id, siteId: resources.siteId })
      .from(resources)
      .where(and(eq(resources.id, input.resourceId!), eq(resources.orgId, orgId)));
    if (!resource) throw new AppError("NOT_FOUND", "errors.notFound");
    await assertNoOtherBookingRule(tx, orgId, resource.id, ruleId);
    const { integration, doors } = await getSiteLockSystem({ orgId, siteId: resource.siteId }, tx);
    if (!integration) throw fieldError("resourceId", "accessRuleAdmin.errors.noLockSystem");
    assertCredential(integration.vendor, input.credentialType);
    return {
      ...common,
      resourceId: resource.id,
      communityId: null,
      integrationId: null,
      accessIdentifier: checkDoors(input.accessIdentifier, doors),
      bufferBeforeMinutes: input.bufferBeforeMinutes,
      bufferAfterMinutes: input.bufferAfterMinutes,
      sendPinBySms: input.sendPinBySms && input.credentialType === "pin_link",
    };
  }
  const [community] = await tx
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.id, input.communityId!), eq(communities.orgId, orgId)));
  const [integration] = await tx
    .select({ id: lockIntegrations.id, vendor: lockIntegrations.vendor })
    .from(lockIntegrations)
    .where(and(eq(lockIntegrations.id, input.integrationId!), eq(lockIntegrations.orgId, orgId)));
  if (!community || !integration) throw new AppError("NOT_FOUND", "errors.notFound");
  assertCredential(integration.vendor, input.credentialType);
  const doors = await listIntegrationDoors({ orgId, integrationId: integration.id }, tx);
  return {
    ...common,
    resourceId: null,
    communityId: community.id,
    integrationId: integration.id,
    accessIdentifier: checkDoors(input.accessIdentifier, doors),
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    sendPinBySms: false,
  };
}

// The access engine uses one booking rule per resource (the oldest); a second one would silently not apply.
async function assertNoOtherBookingRule(tx: DbOrTx, orgId: string, resourceId: string, ruleId: string | null) {
  const [other] = await tx
    .select({ id: accessRules.id })
    .from(accessRules)
    .where(
      and(
        eq(accessRules.orgId, orgId),
        eq(accessRules.kind, "booking"),
        eq(accessRules.resourceId, resourceId),
        ruleId ? ne(accessRules.id, ruleId) : undefined,
      ),
    )
    .limit(1);
  if (other) throw fieldError("resourceId", "accessRuleAdmin.errors.resourceHasRule", "CONFLICT");
}

function assertCredential(vendor: LockVendor, credentialType: AccessRuleInput["credentialType"]) {
  if (!credentialsFor(vendor).includes(credentialType)) throw fieldError("credentialType", "accessRuleAdmin.errors.credentialUnsupported");
}

function checkDoors(identifier: string | null, doors: Parameters<typeof checkIdentifier>[1]): string | null {
  const check = checkIdentifier(identifier, doors);
  if (check.ok) return check.normalized;
  const [first] = check.problems;
  throw new AppError("VALIDATION", "errors.validation", { accessIdentifier: [first!.key] }, first!.values);
}

function fieldError(field: string, key: string, code: "VALIDATION" | "CONFLICT" = "VALIDATION") {
  return new AppError(code, key, { [field]: [key] });
}

function audit(tx: DbOrTx, actor: Actor, action: string, rule: Rule) {
  const { id, kind, resourceId, communityId, integrationId, accessIdentifier, bufferBeforeMinutes, bufferAfterMinutes, credentialType, sendPinBySms } = rule;
  return recordAudit(
    {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action,
      entityType: "access_rule",
      entityId: id,
      data: { kind, resourceId, communityId, integrationId, accessIdentifier, bufferBeforeMinutes, bufferAfterMinutes, credentialType, sendPinBySms },
    },
    tx,
  );
}

import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { communities, communityMembers, memberships, sites } from "@/db/schema";
import { syncCommunityAccess } from "@/lib/access/community-access";
import { releaseCommunityRules } from "@/lib/access/community-release";
import { wakeAccessWorkers } from "@/lib/access/sync-jobs";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CommunityInput, CommunityMemberInput, UpdateCommunityInput } from "./schemas";

// Communities and their members. Every write is scoped by the admin's organisation (another organisation's
// ids are NOT_FOUND), audited in its transaction, and a membership change runs the access engine in that
// same transaction (standing grants created or retired, their sync jobs enqueued with the change).

export type Actor = { userId: string; orgId: string };

export async function createCommunity({ actor, input }: { actor: Actor; input: CommunityInput }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (input.siteId) await requireSite(tx, actor.orgId, input.siteId);
    const [community] = await tx.insert(communities).values({ orgId: actor.orgId, ...input }).returning();
    await audit(tx, actor, "community.created", community!.id, { name: community!.name });
    return community!;
  });
}

export async function updateCommunity({ actor, input }: { actor: Actor; input: UpdateCommunityInput }) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const before = await lockCommunity(tx, actor.orgId, input.communityId);
    if (input.siteId) await requireSite(tx, actor.orgId, input.siteId);
    const { communityId, ...values } = input;
    const [after] = await tx.update(communities).set(values).where(eq(communities.id, communityId)).returning();
    const changed = (["name", "description", "siteId"] as const).filter((field) => before[field] !== after![field]);
    await audit(tx, actor, "community.updated", communityId, { changed, name: after!.name });
    // Another site means other always-open doors: the members' access follows.
    if (changed.includes("siteId")) await syncCommunityAccess(tx, { orgId: actor.orgId, communityId }, { actorUserId: actor.userId, reason: "community_changed" });
    return after!;
  });
  wakeAccessWorkers();
  return result;
}

export type DeleteCommunityResult = { deleted: true } | { deleted: false; pendingRemovals: number };

/**
 * Deletes a community once no standing access of it is left at a lock system. The first call retires all of
 * it (committed); while the lock systems have not confirmed every removal the community stays and the admin
 * is told to try again in a moment, so no access is ever left behind at a vendor.
 */
export async function deleteCommunity({ actor, input }: { actor: Actor; input: { communityId: string } }): Promise<DeleteCommunityResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<DeleteCommunityResult> => {
    const community = await lockCommunity(tx, actor.orgId, input.communityId);
    const release = await releaseCommunityRules(tx, { orgId: actor.orgId, communityId: community.id });
    if (release.pending > 0) {
      await audit(tx, actor, "community.delete_deferred", community.id, { name: community.name, pendingRemovals: release.pending });
      return { deleted: false, pendingRemovals: release.pending };
    }
    await tx.delete(communities).where(eq(communities.id, community.id));
    await audit(tx, actor, "community.deleted", community.id, { name: community.name });
    return { deleted: true };
  });
  wakeAccessWorkers();
  return result;
}

export async function addCommunityMember({ actor, input }: { actor: Actor; input: CommunityMemberInput }) {
  const db = await getDb();
  const report = await db.transaction(async (tx) => {
    const community = await lockCommunity(tx, actor.orgId, input.communityId);
    await requireOrgMember(tx, actor.orgId, input.userId);
    const [added] = await tx.insert(communityMembers).values({ communityId: community.id, userId: input.userId }).onConflictDoNothing().returning();
    if (!added) throw new AppError("CONFLICT", "communities.errors.alreadyMember");
    await audit(tx, actor, "community.member_added", community.id, { userId: input.userId });
    return syncCommunityAccess(tx, { orgId: actor.orgId, communityId: community.id, userId: input.userId }, { actorUserId: actor.userId, reissueFailed: true });
  });
  wakeAccessWorkers();
  return report;
}

export async function removeCommunityMember({ actor, input }: { actor: Actor; input: CommunityMemberInput }) {
  const db = await getDb();
  const report = await db.transaction(async (tx) => {
    const community = await lockCommunity(tx, actor.orgId, input.communityId);
    const removed = await tx
      .delete(communityMembers)
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.userId, input.userId)))
      .returning();
    if (removed.length === 0) throw notFound();
    await audit(tx, actor, "community.member_removed", community.id, { userId: input.userId });
    return syncCommunityAccess(tx, { orgId: actor.orgId, communityId: community.id, userId: input.userId }, { actorUserId: actor.userId, reason: "member_removed" });
  });
  wakeAccessWorkers();
  return report;
}

async function lockCommunity(tx: DbOrTx, orgId: string, communityId: string) {
  const [community] = await tx
    .select()
    .from(communities)
    .where(and(eq(communities.id, communityId), eq(communities.orgId, orgId)))
    .for("update");
  if (!community) throw notFound();
  return community;
}

async function requireSite(tx: DbOrTx, orgId: string, siteId: string) {
  const [site] = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.id, siteId), eq(sites.orgId, orgId)));
  // Another organisation's site is not found, like every foreign id.
  if (!site) throw notFound();
}

async function requireOrgMember(tx: DbOrTx, orgId: string, userId: string) {
  const [member] = await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!member) throw notFound();
}

function audit(tx: DbOrTx, actor: Actor, action: string, communityId: string, data: Record<string, unknown>) {
  return recordAudit({ orgId: actor.orgId, actorUserId: actor.userId, action, entityType: "community", entityId: communityId, data }, tx);
}

import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { communities, communityMembers, memberships, organizations, users } from "@/db/schema";
import { syncCommunityAccess } from "@/lib/access/community-access";
import { wakeAccessWorkers } from "@/lib/access/sync-jobs";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors/app-error";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { issueInvitation } from "./invitation";
import type { InvitePersonInput } from "./member-schemas";

// The admin's side of People: invite, change role, edit phone, remove from the organisation. Scoped by the
// admin's organisation (someone else's member is NOT_FOUND), audited in the change's transaction (field
// names, never the values: every admin reads the audit log). An organisation always keeps one admin.

export type Actor = { userId: string; orgId: string };

export async function invitePerson({ actor, input }: { actor: Actor; input: InvitePersonInput }) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(sql`lower(${users.email})`, input.email));
    if (existing && (await findMembership(tx, actor.orgId, existing.id))) {
      throw new AppError("CONFLICT", "errors.validation", { email: ["members.errors.alreadyMember"] });
    }
    // Someone with an account elsewhere keeps their name, phone and language: they are theirs to change.
    const user =
      existing ??
      (await tx.insert(users).values({ email: input.email, name: input.name, phone: input.phone, locale: input.locale }).returning())[0]!;
    await tx.insert(memberships).values({ orgId: actor.orgId, userId: user.id, role: input.role });
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, actor.orgId));
    const [inviter] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.userId));
    await issueInvitation(tx, {
      orgId: actor.orgId,
      email: user.email,
      name: user.name ?? input.name,
      locale: user.locale,
      orgName: org?.name ?? "Keyslot",
      inviterName: inviter?.name ?? inviter?.email ?? "Keyslot",
    });
    await audit(tx, actor, "person.invited", user.id, { role: input.role, existingAccount: Boolean(existing) });
    return { userId: user.id };
  });
  wakeJobWorkers();
  return result;
}

export async function changeMemberRole({ actor, input }: { actor: Actor; input: { userId: string; role: "admin" | "resident" } }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, actor.orgId);
    const membership = await findMembership(tx, actor.orgId, input.userId);
    if (!membership) throw notFound();
    if (membership.role === input.role) return { userId: input.userId, role: input.role };
    if (membership.role === "admin" && admins.length <= 1) throw new AppError("CONFLICT", "members.errors.lastAdmin");
    await tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, membership.id));
    await audit(tx, actor, "person.role_changed", input.userId, { from: membership.role, to: input.role });
    return { userId: input.userId, role: input.role };
  });
}

export async function updateMemberPhone({ actor, input }: { actor: Actor; input: { userId: string; phone: string | null } }) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    if (!(await findMembership(tx, actor.orgId, input.userId))) throw notFound();
    const [before] = await tx.select({ phone: users.phone }).from(users).where(eq(users.id, input.userId)).for("update");
    if (before?.phone === input.phone) return { userId: input.userId, phone: input.phone };
    await tx.update(users).set({ phone: input.phone }).where(eq(users.id, input.userId));
    await audit(tx, actor, "person.updated", input.userId, { changed: ["phone"] });
    // A mobile key that failed for want of a number gets another try now (issued mobile keys stay as they are).
    if (input.phone) await syncCommunityAccess(tx, { orgId: actor.orgId, userId: input.userId }, { actorUserId: actor.userId, reissueFailed: true });
    return { userId: input.userId, phone: input.phone };
  });
  wakeAccessWorkers();
  return result;
}

/** Removes the membership (the account stays: it may belong to other organisations) and the person's community access here. */
export async function removeMember({ actor, input }: { actor: Actor; input: { userId: string } }) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, actor.orgId);
    const membership = await findMembership(tx, actor.orgId, input.userId);
    if (!membership) throw notFound();
    if (membership.role === "admin" && admins.length <= 1) throw new AppError("CONFLICT", "members.errors.lastAdmin");
    const orgCommunities = tx.select({ id: communities.id }).from(communities).where(eq(communities.orgId, actor.orgId));
    const left = await tx
      .delete(communityMembers)
      .where(and(eq(communityMembers.userId, input.userId), inArray(communityMembers.communityId, orgCommunities)))
      .returning({ communityId: communityMembers.communityId });
    await tx.delete(memberships).where(eq(memberships.id, membership.id));
    await audit(tx, actor, "person.removed", input.userId, { role: membership.role, communities: left.length });
    const access = await syncCommunityAccess(tx, { orgId: actor.orgId, userId: input.userId }, { actorUserId: actor.userId, reason: "member_left_organisation" });
    return { userId: input.userId, retiredAccess: access.retired };
  });
  wakeAccessWorkers();
  return result;
}

async function findMembership(tx: DbOrTx, orgId: string, userId: string) {
  const [membership] = await tx.select().from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return membership ?? null;
}

/** The organisation's admins, locked: two admins demoting each other at once cannot leave none. */
async function lockAdmins(tx: DbOrTx, orgId: string) {
  return tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "admin")))
    .orderBy(memberships.userId)
    .for("update");
}

function audit(tx: DbOrTx, actor: Actor, action: string, userId: string, data: Record<string, unknown>) {
  return recordAudit({ orgId: actor.orgId, actorUserId: actor.userId, action, entityType: "user", entityId: userId, data }, tx);
}

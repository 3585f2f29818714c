import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, accessRules, communities, communityMembers, doors, memberships, sites, users } from "@/db/schema";
import { parseTargets } from "@/lib/access/plan";

// Every read takes the caller's organisation and puts it in the WHERE clause (see lib/resources/queries.ts).

export async function listCommunitiesWithCounts({ orgId }: { orgId: string }) {
  const db = await getDb();
  const rows = await db
    .select({
      id: communities.id,
      name: communities.name,
      description: communities.description,
      siteName: sites.name,
      memberCount: count(communityMembers.userId),
    })
    .from(communities)
    .leftJoin(sites, and(eq(sites.id, communities.siteId), eq(sites.orgId, orgId)))
    .leftJoin(communityMembers, eq(communityMembers.communityId, communities.id))
    .where(eq(communities.orgId, orgId))
    .groupBy(communities.id, sites.name)
    .orderBy(asc(communities.name));
  const ruleCounts = await db
    .select({ communityId: accessRules.communityId, rules: count(accessRules.id) })
    .from(accessRules)
    .where(and(eq(accessRules.orgId, orgId), eq(accessRules.kind, "community")))
    .groupBy(accessRules.communityId);
  return rows.map((row) => ({ ...row, ruleCount: Number(ruleCounts.find((r) => r.communityId === row.id)?.rules ?? 0) }));
}

const DAY = 86_400_000;

export type CommunityAccessStatus = {
  ruleId: string;
  status: (typeof accessGrants.$inferSelect)["status"] | null;
  lastError: string | null;
  windowEnd: Date | null;
  removedAt: Date | null;
};

/** One community with its rules, and its members each with the state of their newest standing grant per rule. */
export async function getCommunityDetail({ orgId, communityId }: { orgId: string; communityId: string }) {
  const db = await getDb();
  const [community] = await db
    .select({ id: communities.id, name: communities.name, description: communities.description, siteId: communities.siteId, siteName: sites.name })
    .from(communities)
    .leftJoin(sites, and(eq(sites.id, communities.siteId), eq(sites.orgId, orgId)))
    .where(and(eq(communities.id, communityId), eq(communities.orgId, orgId)));
  if (!community) return null;
  const rules = await db
    .select({ id: accessRules.id, accessIdentifier: accessRules.accessIdentifier, credentialType: accessRules.credentialType })
    .from(accessRules)
    .where(and(eq(accessRules.orgId, orgId), eq(accessRules.kind, "community"), eq(accessRules.communityId, communityId)))
    .orderBy(asc(accessRules.createdAt));
  const named = [...new Set(rules.flatMap((rule) => parseTargets(rule.accessIdentifier).map((target) => target.id)))];
  const doorRows = named.length
    ? await db.select({ vendorId: doors.vendorId, name: doors.name }).from(doors).where(and(eq(doors.orgId, orgId), inArray(doors.vendorId, named)))
    : [];
  const doorNames = (identifier: string | null) =>
    parseTargets(identifier).map((target) => doorRows.find((door) => door.vendorId === target.id)?.name ?? target.id);
  const members = await db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, addedAt: communityMembers.addedAt })
    .from(communityMembers)
    .innerJoin(users, eq(users.id, communityMembers.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
    .where(eq(communityMembers.communityId, communityId))
    .orderBy(sql`${users.name} asc nulls last`, asc(users.email));
  const grants = rules.length
    ? await db
        .select({
          ruleId: accessGrants.accessRuleId,
          userId: accessGrants.userId,
          status: accessGrants.status,
          lastError: accessGrants.lastError,
          window: accessGrants.window,
          removedAt: accessGrants.removedAt,
        })
        .from(accessGrants)
        .where(and(eq(accessGrants.orgId, orgId), isNull(accessGrants.bookingId), inArray(accessGrants.accessRuleId, rules.map((r) => r.id))))
        .orderBy(desc(accessGrants.createdAt))
    : [];
  // Former members too: their newest grant shows the removal going through (removal pending -> removed).
  const statusOf = (userId: string): CommunityAccessStatus[] =>
    rules.map((rule) => {
      const newest = grants.find((g) => g.userId === userId && g.ruleId === rule.id);
      return { ruleId: rule.id, status: newest?.status ?? null, lastError: newest?.lastError ?? null, windowEnd: newest?.window.end ?? null, removedAt: newest?.removedAt ?? null };
    });
  const memberIds = new Set(members.map((m) => m.id));
  const formerIds = [...new Set(grants.map((g) => g.userId!).filter((userId) => !memberIds.has(userId)))];
  const formerRows = formerIds.length
    ? await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, formerIds))
    : [];
  const former = formerRows
    .map((user) => ({ ...user, access: statusOf(user.id) }))
    // Only while the removal is still in the lock system's hands, or done within the last day: the history is the audit log's job.
    .filter((user) => user.access.some((a) => a.status && a.status !== "expired" && (a.status !== "removed" || (a.removedAt?.getTime() ?? 0) > Date.now() - DAY)));
  return { community, rules: rules.map((rule) => ({ ...rule, doorNames: doorNames(rule.accessIdentifier) })), members: members.map((member) => ({ ...member, access: statusOf(member.id) })), former };
}

/** Organisation members who are not in the community yet (for the "add member" picker). */
export async function listCommunityCandidates({ orgId, communityId }: { orgId: string; communityId: string }) {
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(communityMembers, and(eq(communityMembers.userId, users.id), eq(communityMembers.communityId, communityId)))
    .where(and(eq(memberships.orgId, orgId), isNull(communityMembers.userId)))
    .orderBy(sql`${users.name} asc nulls last`, asc(users.email));
}

import { asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { communities, communityMembers, memberships, users } from "@/db/schema";

// Every read takes the caller's organisation and puts it in the WHERE clause (see lib/resources/queries.ts).

/** Members of the organisation; only the columns the cockpit shows (never password hashes). */
export async function listMembers({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(sql`${users.name} asc nulls last`, asc(users.email));
}

export async function listCommunities({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({
      id: communities.id,
      name: communities.name,
      description: communities.description,
      memberCount: count(communityMembers.userId),
    })
    .from(communities)
    .leftJoin(communityMembers, eq(communityMembers.communityId, communities.id))
    .where(eq(communities.orgId, orgId))
    .groupBy(communities.id)
    .orderBy(asc(communities.name));
}

export async function countMembers({ orgId }: { orgId: string }): Promise<number> {
  const db = await getDb();
  return db.$count(memberships, eq(memberships.orgId, orgId));
}

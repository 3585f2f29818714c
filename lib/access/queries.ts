import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accessRules, communities, resources } from "@/db/schema";

// Every read takes the caller's organisation and puts it in the WHERE clause (see lib/resources/queries.ts).

export async function listAccessRules({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({
      id: accessRules.id,
      kind: accessRules.kind,
      accessIdentifier: accessRules.accessIdentifier,
      bufferBeforeMinutes: accessRules.bufferBeforeMinutes,
      bufferAfterMinutes: accessRules.bufferAfterMinutes,
      credentialType: accessRules.credentialType,
      resourceName: resources.name,
      communityName: communities.name,
    })
    .from(accessRules)
    .leftJoin(resources, and(eq(resources.id, accessRules.resourceId), eq(resources.orgId, orgId)))
    .leftJoin(communities, and(eq(communities.id, accessRules.communityId), eq(communities.orgId, orgId)))
    .where(eq(accessRules.orgId, orgId))
    .orderBy(asc(accessRules.kind), asc(accessRules.createdAt));
}

import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { accessRules, communities, lockIntegrations, resources, sites } from "@/db/schema";

// Every read is scoped by the caller's organisation (see lib/resources/queries.ts).

export type CockpitAccessRule = Awaited<ReturnType<typeof listCockpitAccessRules>>[number];

/** The rules with what the cockpit shows and edits; no integration secret is read. */
export async function listCockpitAccessRules({ orgId }: { orgId: string }, tx?: DbOrTx) {
  const db = tx ?? (await getDb());
  return db
    .select({
      id: accessRules.id,
      kind: accessRules.kind,
      resourceId: accessRules.resourceId,
      communityId: accessRules.communityId,
      integrationId: accessRules.integrationId,
      accessIdentifier: accessRules.accessIdentifier,
      bufferBeforeMinutes: accessRules.bufferBeforeMinutes,
      bufferAfterMinutes: accessRules.bufferAfterMinutes,
      credentialType: accessRules.credentialType,
      sendPinBySms: accessRules.sendPinBySms,
      resourceName: resources.name,
      resourceIdentifier: resources.accessIdentifier,
      siteName: sites.name,
      communityName: communities.name,
      integrationName: lockIntegrations.name,
    })
    .from(accessRules)
    .leftJoin(resources, and(eq(resources.id, accessRules.resourceId), eq(resources.orgId, orgId)))
    .leftJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(communities, and(eq(communities.id, accessRules.communityId), eq(communities.orgId, orgId)))
    .leftJoin(lockIntegrations, and(eq(lockIntegrations.id, accessRules.integrationId), eq(lockIntegrations.orgId, orgId)))
    .where(eq(accessRules.orgId, orgId))
    .orderBy(asc(accessRules.kind), asc(resources.name), asc(communities.name), asc(accessRules.createdAt));
}

/** What the rule form offers: resources (with their site's lock system), communities and lock systems. */
export async function getAccessRuleChoices({ orgId }: { orgId: string }) {
  const db = await getDb();
  const [resourceRows, communityRows, integrationRows] = await Promise.all([
    db
      .select({ id: resources.id, name: resources.name, siteName: sites.name, vendor: lockIntegrations.vendor, integrationId: lockIntegrations.id })
      .from(resources)
      .innerJoin(sites, eq(sites.id, resources.siteId))
      .leftJoin(lockIntegrations, and(eq(lockIntegrations.id, sites.integrationId), eq(lockIntegrations.orgId, orgId)))
      .where(eq(resources.orgId, orgId))
      .orderBy(asc(sites.name), asc(resources.name)),
    db.select({ id: communities.id, name: communities.name }).from(communities).where(eq(communities.orgId, orgId)).orderBy(asc(communities.name)),
    db
      .select({ id: lockIntegrations.id, name: lockIntegrations.name, vendor: lockIntegrations.vendor })
      .from(lockIntegrations)
      .where(eq(lockIntegrations.orgId, orgId))
      .orderBy(asc(lockIntegrations.name)),
  ]);
  return { resources: resourceRows, communities: communityRows, integrations: integrationRows };
}

import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { lockIntegrations, resources, siteAlwaysOpenDoors, sites } from "@/db/schema";
import { isUuid } from "@/lib/ids";

// Every read takes the caller's organisation and puts it in the WHERE clause (see lib/resources/queries.ts).

const siteColumns = {
  id: sites.id,
  name: sites.name,
  address: sites.address,
  timeZone: sites.timeZone,
  accessInfo: sites.accessInfo,
};

export async function listSites({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db.select(siteColumns).from(sites).where(eq(sites.orgId, orgId)).orderBy(asc(sites.name));
}

export async function getSite({ orgId, siteId }: { orgId: string; siteId: string }) {
  if (!isUuid(siteId)) return null;
  const db = await getDb();
  const [row] = await db
    .select(siteColumns)
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** For the cockpit table: each site with its integration's name and how many active resources it has. */
export async function listSiteSummaries({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({
      id: sites.id,
      name: sites.name,
      timeZone: sites.timeZone,
      integrationName: lockIntegrations.name,
      resourceCount: count(resources.id),
    })
    .from(sites)
    .leftJoin(lockIntegrations, and(eq(lockIntegrations.id, sites.integrationId), eq(lockIntegrations.orgId, orgId)))
    .leftJoin(resources, and(eq(resources.siteId, sites.id), eq(resources.orgId, orgId), isNull(resources.archivedAt)))
    .where(eq(sites.orgId, orgId))
    .groupBy(sites.id, lockIntegrations.name)
    .orderBy(asc(sites.name));
}

export async function countSites({ orgId }: { orgId: string }): Promise<number> {
  const db = await getDb();
  return db.$count(sites, eq(sites.orgId, orgId));
}

/**
 * Times that belong to no site (audit log, integrations) are shown in the zone of the organisation's
 * first site: that is where its admins work. UTC when there is no site yet.
 */
export async function getOrgTimeZone({ orgId }: { orgId: string }): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ timeZone: sites.timeZone })
    .from(sites)
    .where(eq(sites.orgId, orgId))
    .orderBy(asc(sites.createdAt))
    .limit(1);
  return row?.timeZone ?? "UTC";
}

export type SiteForEdit = NonNullable<Awaited<ReturnType<typeof getSiteForEdit>>>;

/** The cockpit's site form: the site with its lock system and the ids of its always-open doors. */
export async function getSiteForEdit({ orgId, siteId }: { orgId: string; siteId: string }) {
  if (!isUuid(siteId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ ...siteColumns, integrationId: sites.integrationId })
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.orgId, orgId)))
    .limit(1);
  if (!row) return null;
  const alwaysOpen = await db
    .select({ doorId: siteAlwaysOpenDoors.doorId })
    .from(siteAlwaysOpenDoors)
    .where(eq(siteAlwaysOpenDoors.siteId, row.id));
  return { ...row, alwaysOpenDoorIds: alwaysOpen.map((entry) => entry.doorId) };
}

import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { resources, sites } from "@/db/schema";
import { isUuid } from "@/lib/ids";

// Every read takes the caller's organisation and puts it in the WHERE clause: a resource id from
// another organisation simply does not exist for the caller.

export async function getResource({ orgId, resourceId }: { orgId: string; resourceId: string }) {
  if (!isUuid(resourceId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ resource: resources, site: { id: sites.id, name: sites.name, timeZone: sites.timeZone } })
    .from(resources)
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export async function listResources({ orgId, siteId, includeArchived = false }: { orgId: string; siteId?: string; includeArchived?: boolean }) {
  const db = await getDb();
  return db
    .select({ resource: resources, site: { id: sites.id, name: sites.name, timeZone: sites.timeZone } })
    .from(resources)
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(
      and(
        eq(resources.orgId, orgId),
        siteId ? eq(resources.siteId, siteId) : undefined,
        includeArchived ? undefined : isNull(resources.archivedAt),
      ),
    )
    .orderBy(asc(sites.name), asc(resources.name));
}

export async function countResources({ orgId }: { orgId: string }): Promise<number> {
  const db = await getDb();
  return db.$count(resources, and(eq(resources.orgId, orgId), isNull(resources.archivedAt)));
}

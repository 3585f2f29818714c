import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { doors, resources, sites } from "@/db/schema";
import { planResourceAccess } from "./load-plan";

/**
 * The booking form's "this booking will open: ...": the names (synced doors table) of the doors a booking of
 * the resource would open, from the same plan the access engine later follows (the resource's identifier,
 * the booking rule's doors and the site's always-open doors). Null when a booking opens no door. Scoped by
 * the organisation: another organisation's resource gives null.
 */
export async function previewBookingDoors({ orgId, resourceId }: { orgId: string; resourceId: string }): Promise<string[] | null> {
  const db = await getDb();
  const [row] = await db
    .select({ resource: { id: resources.id, siteId: resources.siteId, accessIdentifier: resources.accessIdentifier }, siteIntegrationId: sites.integrationId })
    .from(resources)
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, orgId)));
  if (!row) return null;
  // The doors do not depend on the period; any period gives the same targets.
  const period = { start: new Date(0), end: new Date(3_600_000) };
  const plan = await planResourceAccess(db, { orgId, resource: row.resource, siteIntegrationId: row.siteIntegrationId, period });
  if (!plan || plan.doorIds.length === 0) return null;
  const rows = await db.select({ name: doors.name }).from(doors).where(and(inArray(doors.id, plan.doorIds), eq(doors.orgId, orgId)));
  return rows.map((door) => door.name).sort((a, b) => a.localeCompare(b));
}

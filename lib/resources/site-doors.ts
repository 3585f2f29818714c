import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { doors, lockIntegrations, sites } from "@/db/schema";
import type { LockVendor } from "@/lib/locks/types";
import type { DoorOption } from "./identifier-check";

export type SiteLockSystem = { integration: { id: string; vendor: LockVendor; name: string } | null; doors: DoorOption[] };

/**
 * The lock system behind a site and the doors synced from it (gateways included, so the picker can show them
 * as not selectable and the check can name them). Scoped by organisation; no credentials are read.
 */
export async function getSiteLockSystem({ orgId, siteId }: { orgId: string; siteId: string }, tx?: DbOrTx): Promise<SiteLockSystem> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({ id: lockIntegrations.id, vendor: lockIntegrations.vendor, name: lockIntegrations.name })
    .from(sites)
    .innerJoin(lockIntegrations, and(eq(lockIntegrations.id, sites.integrationId), eq(lockIntegrations.orgId, orgId)))
    .where(and(eq(sites.id, siteId), eq(sites.orgId, orgId)));
  if (!row) return { integration: null, doors: [] };
  return { integration: row, doors: await listIntegrationDoors({ orgId, integrationId: row.id }, db) };
}

export async function listIntegrationDoors({ orgId, integrationId }: { orgId: string; integrationId: string }, tx?: DbOrTx): Promise<DoorOption[]> {
  const db = tx ?? (await getDb());
  return db
    .select({ id: doors.id, vendorId: doors.vendorId, kind: doors.kind, name: doors.name })
    .from(doors)
    .where(and(eq(doors.orgId, orgId), eq(doors.integrationId, integrationId)))
    .orderBy(asc(doors.kind), asc(doors.name));
}

/** Every site of the organisation with its synced doors, for the resource form's identifier check and picker. */
export async function listSiteDoorOptions({ orgId }: { orgId: string }) {
  const db = await getDb();
  const rows = await db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.orgId, orgId)).orderBy(asc(sites.name));
  return Promise.all(
    rows.map(async (site) => {
      const { integration, doors } = await getSiteLockSystem({ orgId, siteId: site.id }, db);
      return { ...site, hasLockSystem: integration !== null, doors };
    }),
  );
}

import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { doors, lockIntegrations } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { openCredentials } from "./load";

// credentialsEncrypted is never selected for a page: what a query does not return cannot leak into a page or
// a log. The edit form learns only WHICH secrets are set (opened here, reduced to booleans).

export async function listIntegrations({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({
      id: lockIntegrations.id,
      vendor: lockIntegrations.vendor,
      name: lockIntegrations.name,
      status: lockIntegrations.status,
      lastVerifiedAt: lockIntegrations.lastVerifiedAt,
    })
    .from(lockIntegrations)
    .where(eq(lockIntegrations.orgId, orgId))
    .orderBy(asc(lockIntegrations.name));
}

export const SECRET_FIELDS = { exivo: ["apiKey", "apiSecret"], xesar: ["token", "caPem", "certPem", "keyPem"] } as const;
/** Settings the cockpit form shows; anything else in settings stays server-side. */
const VISIBLE_SETTINGS = { exivo: ["baseUrl", "siteId"], xesar: ["brokerUrl", "userId", "installationTimeZone"] } as const;

export type IntegrationDetail = NonNullable<Awaited<ReturnType<typeof getIntegrationDetail>>>;

export async function getIntegrationDetail({ orgId, integrationId }: { orgId: string; integrationId: string }) {
  if (!isUuid(integrationId)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(lockIntegrations)
    .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)));
  if (!row) return null;
  const credentials = openCredentials(row.credentialsEncrypted);
  const settings = Object.fromEntries(VISIBLE_SETTINGS[row.vendor].map((key) => [key, typeof row.settings[key] === "string" ? (row.settings[key] as string) : ""]));
  const secretsSet = Object.fromEntries(SECRET_FIELDS[row.vendor].map((key) => [key, Boolean(credentials[key])]));
  return {
    id: row.id,
    vendor: row.vendor,
    name: row.name,
    status: row.status,
    lastVerifiedAt: row.lastVerifiedAt,
    lastError: row.lastError,
    settings,
    secretsSet,
  };
}

export type SyncedDoor = Awaited<ReturnType<typeof listSyncedDoors>>[number];

/**
 * The doors, zones and gateways synced from the organisation's lock systems (one integration, or all).
 * `removed`: the last sync of its integration did not report it any more. Gateways are never selectable.
 */
export async function listSyncedDoors({ orgId, integrationId }: { orgId: string; integrationId?: string }) {
  if (integrationId !== undefined && !isUuid(integrationId)) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: doors.id, integrationId: doors.integrationId, vendorId: doors.vendorId, kind: doors.kind, name: doors.name, syncedAt: doors.syncedAt })
    .from(doors)
    .where(and(eq(doors.orgId, orgId), integrationId ? eq(doors.integrationId, integrationId) : undefined))
    .orderBy(asc(doors.kind), asc(doors.name));
  const lastSync = new Map<string, number>();
  for (const row of rows) lastSync.set(row.integrationId, Math.max(lastSync.get(row.integrationId) ?? 0, row.syncedAt.getTime()));
  return rows.map((row) => ({
    ...row,
    removed: row.syncedAt.getTime() < (lastSync.get(row.integrationId) ?? 0),
    selectable: row.kind !== "gateway",
  }));
}

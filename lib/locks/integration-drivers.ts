import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockIntegrations } from "@/db/schema";
import { openSecret } from "@/lib/crypto/key-ring";
import { parseIntegrationConfig } from "./integration-config";
import { createLockDriver } from "./registry";
import type { LockDriver } from "./types";

// One driver (and so one connection, for Xesar) per integration and process, reused by every job and
// request; replaced when the integration's settings change.
const holder = globalThis as typeof globalThis & { __keyslotDrivers?: Map<string, { stamp: number; orgId: string; driver: LockDriver }> };
const drivers = (holder.__keyslotDrivers ??= new Map());

/**
 * `stamp`: the integration's updated_at (ms) as the caller just read it with its organisation checked (the
 * access plan's query): when the driver in hand was opened for that version, no query is needed.
 */
export async function getIntegrationDriver({ orgId, integrationId, stamp }: { orgId: string; integrationId: string; stamp?: number | null }): Promise<LockDriver | null> {
  const known = stamp != null ? drivers.get(integrationId) : undefined;
  if (known && known.stamp === stamp && known.orgId === orgId) return known.driver;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(lockIntegrations)
    .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)));
  if (!row || !row.credentialsEncrypted) return null;
  const current = row.updatedAt.getTime();
  const cached = drivers.get(row.id);
  if (cached?.stamp === current) return cached.driver;
  await cached?.driver.close().catch(() => undefined);
  const config = parseIntegrationConfig(row.vendor, row.settings, JSON.parse(openSecret(row.credentialsEncrypted)));
  const driver = createLockDriver(config);
  drivers.set(row.id, { stamp: current, orgId: row.orgId, driver });
  return driver;
}

export async function closeIntegrationDrivers(): Promise<void> {
  await Promise.all([...drivers.values()].map(({ driver }) => driver.close().catch(() => undefined)));
  drivers.clear();
}

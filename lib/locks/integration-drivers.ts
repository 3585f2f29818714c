import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockIntegrations } from "@/db/schema";
import { openSecret } from "@/lib/crypto/key-ring";
import { parseIntegrationConfig } from "./integration-config";
import { createLockDriver } from "./registry";
import type { LockDriver } from "./types";

// One driver (and so one connection, for Xesar) per integration and process, reused by every job and
// request; replaced when the integration's settings change.
const holder = globalThis as typeof globalThis & { __keyslotDrivers?: Map<string, { stamp: number; driver: LockDriver }> };
const drivers = (holder.__keyslotDrivers ??= new Map());

export async function getIntegrationDriver({ orgId, integrationId }: { orgId: string; integrationId: string }): Promise<LockDriver | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(lockIntegrations)
    .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)));
  if (!row || !row.credentialsEncrypted) return null;
  const stamp = row.updatedAt.getTime();
  const cached = drivers.get(row.id);
  if (cached?.stamp === stamp) return cached.driver;
  await cached?.driver.close().catch(() => undefined);
  const config = parseIntegrationConfig(row.vendor, row.settings, JSON.parse(openSecret(row.credentialsEncrypted)));
  const driver = createLockDriver(config);
  drivers.set(row.id, { stamp, driver });
  return driver;
}

export async function closeIntegrationDrivers(): Promise<void> {
  await Promise.all([...drivers.values()].map(({ driver }) => driver.close().catch(() => undefined)));
  drivers.clear();
}

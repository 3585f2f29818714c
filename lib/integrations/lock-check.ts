import { and, eq, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { doors, lockIntegrations, sites } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { parseIntegrationConfig } from "@/lib/locks/integration-config";
import { createLockDriver } from "@/lib/locks/registry";
import { LockError, type DoorInfo, type LockDriver, type LockErrorCode } from "@/lib/locks/types";
import { loadIntegration, scrubSecrets, type StoredIntegration } from "./load";
import type { IntegrationActor } from "./service";

// "Verify authentication" and "Sync doors": the lock system is called outside any transaction (house style 6)
// with a driver made for this check alone, so a cached connection from before an edit cannot answer for it.

export type LockFailure = { code: LockErrorCode | "internal"; message: string };
export type VerifyOutcome = { verified: true; siteName: string; timeZone?: string; at: Date } | { verified: false; failure: LockFailure; at: Date };
export type SyncOutcome = { synced: true; added: number; updated: number; removed: number; total: number } | { synced: false; failure: LockFailure };

type Request = { actor: IntegrationActor; integrationId: string };

export async function verifyIntegration({ actor, integrationId }: Request): Promise<VerifyOutcome> {
  const db = await getDb();
  const integration = await loadIntegration(db, { orgId: actor.orgId, integrationId });
  const at = new Date();
  const result = await withDriver(integration, (driver) => driver.verify());
  const outcome: VerifyOutcome = result.ok ? { verified: true, ...result.value, at } : { verified: false, failure: result.failure, at };
  await db.transaction(async (tx) => {
    await tx
      .update(lockIntegrations)
      .set(
        outcome.verified
          ? { status: "verified", lastVerifiedAt: at, lastError: null }
          : { status: "failed", lastError: `${outcome.failure.code}: ${outcome.failure.message}` },
      )
      .where(eq(lockIntegrations.id, integration.id));
    await recordAudit(
      {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: outcome.verified ? "integration.verified" : "integration.verify_failed",
        entityType: "lock_integration",
        entityId: integration.id,
        data: outcome.verified ? { siteName: outcome.siteName } : { reason: outcome.failure.code },
      },
      tx,
    );
  });
  return outcome;
}

/**
 * Doors and zones as the lock system reports them now, upserted by integration + kind + vendor id. Doors it no
 * longer reports keep their older synced_at: that marks them removed without breaking the sites and rules
 * that still point at them.
 */
export async function syncIntegrationDoors({ actor, integrationId }: Request): Promise<SyncOutcome> {
  const db = await getDb();
  const integration = await loadIntegration(db, { orgId: actor.orgId, integrationId });
  const result = await withDriver(integration, (driver) => driver.listDoors());
  if (!result.ok) return { synced: false, failure: result.failure };
  const reported = dedupe(result.value);
  const now = new Date();
  return db.transaction(async (tx) => {
    const known = await tx.select({ kind: doors.kind, vendorId: doors.vendorId }).from(doors).where(eq(doors.integrationId, integration.id));
    const knownKeys = new Set(known.map((door) => `${door.kind}:${door.vendorId}`));
    const servedSites = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.orgId, actor.orgId), eq(sites.integrationId, integration.id)));
    // A new door belongs to the site when exactly one site uses this lock system; otherwise an admin decides.
    const siteId = servedSites.length === 1 ? servedSites[0]!.id : null;
    if (reported.length > 0) {
      await tx
        .insert(doors)
        .values(reported.map((door) => ({ orgId: actor.orgId, integrationId: integration.id, siteId, vendorId: door.vendorId, kind: door.kind, name: door.name, syncedAt: now })))
        .onConflictDoUpdate({
          target: [doors.integrationId, doors.kind, doors.vendorId],
          set: { name: sql`excluded.name`, syncedAt: now, updatedAt: now },
        });
    }
    const removed = await tx.$count(doors, and(eq(doors.integrationId, integration.id), lt(doors.syncedAt, now)));
    const added = reported.filter((door) => !knownKeys.has(`${door.kind}:${door.vendorId}`)).length;
    const counts = { added, updated: reported.length - added, removed, total: reported.length };
    await recordAudit(
      { orgId: actor.orgId, actorUserId: actor.userId, action: "integration.doors_synced", entityType: "lock_integration", entityId: integration.id, data: counts },
      tx,
    );
    return { synced: true as const, ...counts };
  });
}

async function withDriver<T>(integration: StoredIntegration, call: (driver: LockDriver) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; failure: LockFailure }> {
  let driver: LockDriver | undefined;
  try {
    driver = createLockDriver(parseIntegrationConfig(integration.vendor, integration.settings, integration.credentials));
    return { ok: true, value: await call(driver) };
  } catch (error) {
    return { ok: false, failure: toFailure(error, integration.credentials) };
  } finally {
    await driver?.close().catch(() => undefined);
  }
}

function toFailure(error: unknown, credentials: Record<string, string>): LockFailure {
  if (error instanceof LockError) return { code: error.code, message: scrubSecrets(error.message, credentials) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: "internal", message: scrubSecrets(message, credentials) };
}

function dedupe(list: DoorInfo[]): DoorInfo[] {
  const seen = new Map<string, DoorInfo>();
  for (const door of list) seen.set(`${door.kind}:${door.vendorId}`, door);
  return [...seen.values()];
}

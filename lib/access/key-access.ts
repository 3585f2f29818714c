import { timingSafeEqual } from "node:crypto";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { accessGrants, auditEvents, bookings, doors, resources, sites } from "@/db/schema";
import type { TimeRange } from "@/db/schema/columns";
import { recordAudit } from "@/lib/audit/record";
import { personalDataHash } from "@/lib/crypto/personal-hash";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { openPin } from "./access-pin";
import { loadCommunityRulePlans } from "./community-plan";
import { hashKeyToken } from "./key-link";

// The digital-key page's service: finds the grant of a link token, checks PINs with a lockout, and opens
// doors inside the window. Failed PINs are counted in audit_events (action key.pin_failed), which every
// attempt must be written to anyway: one record, no second table to keep in step, and it holds across
// processes. The count runs under advisory locks per grant and per client, so parallel guesses queue up.

export const MAX_PIN_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;
const USABLE = ["active", "activation_pending"] as const;

export type KeyGrant = {
  grantId: string;
  orgId: string;
  tokenHash: string;
  integrationId: string;
  window: TimeRange;
  timeZone: string;
  resourceName: string;
  siteName: string;
  doors: { id: string; name: string; vendorId: string }[];
};

/** The usable pin_link grant of a token; null when unknown, removed, expired or the window is over. */
export async function getKeyGrant(token: string, now = new Date()): Promise<KeyGrant | null> {
  if (!token || token.length > 200) return null;
  const db = await getDb();
  const tokenHash = hashKeyToken(token);
  // Left joins: a standing grant (community access) has no booking; its place comes from its community rule.
  const [row] = await db
    .select({ grant: accessGrants, bookingStatus: bookings.status, resourceName: resources.name, site: sites })
    .from(accessGrants)
    .leftJoin(bookings, eq(bookings.id, accessGrants.bookingId))
    .leftJoin(resources, eq(resources.id, bookings.resourceId))
    .leftJoin(sites, eq(sites.id, resources.siteId))
    .where(and(eq(accessGrants.keyTokenHash, tokenHash), inArray(accessGrants.status, [...USABLE])));
  if (!row || row.grant.window.end.getTime() <= now.getTime()) return null;
  const place = row.grant.bookingId
    ? row.bookingStatus === "confirmed" && row.site && row.resourceName
      ? { timeZone: row.site.timeZone, resourceName: row.resourceName, siteName: row.site.name }
      : null
    : await loadStandingPlace(db, row.grant);
  if (!place) return null;
  const doorRows = row.grant.doorIds.length
    ? await db
        .select({ id: doors.id, name: doors.name, vendorId: doors.vendorId })
        .from(doors)
        .where(and(inArray(doors.id, row.grant.doorIds), eq(doors.orgId, row.grant.orgId)))
        .orderBy(asc(doors.name))
    : [];
  return {
    grantId: row.grant.id,
    orgId: row.grant.orgId,
    tokenHash,
    integrationId: row.grant.integrationId,
    window: row.grant.window,
    ...place,
    doors: doorRows,
  };
}

/** Where a standing grant opens doors: its community (and the community's site). */
async function loadStandingPlace(db: DbOrTx, grant: typeof accessGrants.$inferSelect) {
  if (!grant.accessRuleId || !grant.userId) return null;
  const rule = (await loadCommunityRulePlans(db, { orgId: grant.orgId, ruleIds: [grant.accessRuleId], window: grant.window })).get(grant.accessRuleId);
  return rule ? { timeZone: rule.timeZone, resourceName: rule.communityName, siteName: rule.siteName ?? rule.communityName } : null;
}

/** A client address is personal data: only a keyed hash of it reaches the audit log. */
export function hashClientAddress(address: string): string {
  return personalDataHash("client", address);
}

export type PinCheck = { result: "ok" } | { result: "wrong"; attemptsLeft: number } | { result: "locked" };

export async function checkKeyPin({ token, pin, clientAddress, now = new Date() }: { token: string; pin: string; clientAddress: string; now?: Date }): Promise<PinCheck | null> {
  const key = await getKeyGrant(token, now);
  if (!key) return null;
  const client = hashClientAddress(clientAddress);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Lock order: grant, then client (always the same), so two checks never wait on each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`key-pin:${key.grantId}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`key-pin-client:${client}`}))`);
    const since = new Date(now.getTime() - LOCKOUT_MS);
    const byToken = await countFailures(tx, since, eq(auditEvents.entityId, key.grantId));
    const byClient = await countFailures(tx, since, sql`${auditEvents.data}->>'client' = ${client}`);
    const audit = (action: string, data: Record<string, unknown> = {}) =>
      recordAudit({ orgId: key.orgId, actorUserId: null, action, entityType: "access_grant", entityId: key.grantId, data: { client, ...data } }, tx);
    if (byToken >= MAX_PIN_FAILURES || byClient >= MAX_PIN_FAILURES) {
      await audit("key.pin_locked", { byToken, byClient });
      return { result: "locked" } as const;
    }
    const [grant] = await tx.select({ pinEncrypted: accessGrants.pinEncrypted }).from(accessGrants).where(eq(accessGrants.id, key.grantId));
    if (isSamePin(openPin(grant?.pinEncrypted ?? null), pin)) {
      await audit("key.pin_ok");
      return { result: "ok" } as const;
    }
    await audit("key.pin_failed");
    const failures = Math.max(byToken, byClient) + 1;
    if (failures >= MAX_PIN_FAILURES) return { result: "locked" } as const;
    return { result: "wrong", attemptsLeft: MAX_PIN_FAILURES - failures } as const;
  });
}

async function countFailures(tx: DbOrTx, since: Date, which: ReturnType<typeof eq>): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "key.pin_failed"), gt(auditEvents.createdAt, since), which));
  return Number(row?.count ?? 0);
}

function isSamePin(expected: string | undefined, given: string): boolean {
  if (!expected) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given.trim());
  return a.length === b.length && timingSafeEqual(a, b);
}

export type OpenResult = { result: "opened"; door: string } | { result: "not_yet"; start: Date } | { result: "over"; end: Date } | { result: "failed" } | { result: "unknown_door" };

/** Remote unlock of one of the key's doors, inside its window only; every try is audited. The caller checked the session. */
export async function openKeyDoor({ key, doorId, clientAddress, now = new Date() }: { key: KeyGrant; doorId: string; clientAddress: string; now?: Date }): Promise<OpenResult> {
  const door = key.doors.find((candidate) => candidate.id === doorId);
  const audit = (action: string, data: Record<string, unknown>) =>
    recordAudit({ orgId: key.orgId, actorUserId: null, action, entityType: "access_grant", entityId: key.grantId, data: { client: hashClientAddress(clientAddress), doorId, ...data } });
  if (!door) return { result: "unknown_door" };
  if (now.getTime() < key.window.start.getTime()) {
    await audit("key.open_refused", { reason: "not_yet" });
    return { result: "not_yet", start: key.window.start };
  }
  if (now.getTime() >= key.window.end.getTime()) {
    await audit("key.open_refused", { reason: "over" });
    return { result: "over", end: key.window.end };
  }
  try {
    const driver = await getIntegrationDriver({ orgId: key.orgId, integrationId: key.integrationId });
    if (!driver) throw new Error("The lock integration has no credentials configured");
    await driver.openDoor(door.vendorId);
  } catch (error) {
    await audit("key.open_failed", { error: error instanceof Error ? error.message : String(error) });
    return { result: "failed" };
  }
  await audit("key.door_opened", { door: door.name });
  return { result: "opened", door: door.name };
}

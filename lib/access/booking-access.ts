import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { compiledQuery } from "@/db/compiled-query";
import { accessGrants } from "@/db/schema";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { logger } from "@/lib/server/logger";
import { generateAccessPin, needsPin, sealPin } from "./access-pin";
import { isAccessWithheldByAdmin } from "./admin-revoke";
import { isLive, lockBookingGrants, updateGrant, type Grant } from "./grant-store";
import { loadBookingAccess, type Booking } from "./load-plan";
import { isSameWindow, type AccessPlan } from "./plan";
import { retireGrant } from "./retire";
import { enqueueGrantSync, wakeAccessWorkers } from "./sync-jobs";
import { transitionGrant } from "./transitions";

/**
 * Makes a booking's grants follow the booking, whatever event says it changed: a confirmed booking has one
 * grant for its planned window, any other booking none. Works from the booking as it is now, so events that
 * arrive twice, late or out of order do no harm.
 *
 * - confirmed, no grant for the window: a new grant (requested) and its sync job; older grants are retired
 *   only once the new one is usable (finish-provision.ts), so a reschedule leaves no gap.
 * - Xesar (changeWindowInPlace): the existing grant's window is changed instead; the holder keeps the
 *   activated mobile key.
 * - cancelled, declined (or pending again): every grant is retired.
 */
export async function syncBookingAccess({ orgId, bookingId }: { orgId: string; bookingId: string }): Promise<void> {
  const db = await getDb();
  // Most events are settled without the driver (a new grant, a retire, nothing to do: usually the booking's
  // own transaction did it already). Only a window change of a grant already sent asks the driver for its
  // capabilities, outside the transaction (its own query), and then follows the booking again.
  const settled = await db.transaction((tx) => followBooking(tx, { orgId, bookingId }, undefined));
  if (!settled) {
    const preview = await loadBookingAccess(db, { orgId, bookingId });
    if (!preview) return;
    const inPlaceIntegrationId = await findInPlaceIntegration(orgId, preview.plan);
    await db.transaction((tx) => followBooking(tx, { orgId, bookingId }, inPlaceIntegrationId));
  }
  wakeAccessWorkers();
}

/**
 * The same, inside the transaction of the booking change itself (lib/bookings/booking-change.ts): the access
 * plan commits with the booking, so a confirmed booking has its grant and sync job from its commit on
 * instead of one job later. A window change that needs the driver's capabilities (a reschedule of a grant
 * already sent) is left to the booking event's job, which runs syncBookingAccess. Runs in a savepoint:
 * should it fail, the booking still commits and that job does the work. True when nothing is left to do.
 */
export async function followBookingInTransaction(tx: DbOrTx, { orgId, id: bookingId }: Pick<Booking, "orgId" | "id">): Promise<boolean> {
  try {
    return await tx.transaction((savepoint) => followBooking(savepoint, { orgId, bookingId }, undefined));
  } catch (error) {
    logger.warn("access: left to the booking event job", { bookingId, error: String(error) });
    return false;
  }
}

/**
 * `inPlaceIntegrationId` undefined: not known here. Returns false when that left a window change of a grant
 * already sent undone (the caller asks the driver, or leaves it to the booking event's job).
 */
async function followBooking(tx: DbOrTx, { orgId, bookingId }: { orgId: string; bookingId: string }, inPlaceIntegrationId: string | null | undefined): Promise<boolean> {
  // Locks the booking (lock order: the booking, then its grants) and reads what it should open.
  const access = await loadBookingAccess(tx, { orgId, bookingId, lock: true });
  if (!access) return true;
  const { booking, plan } = access;
  const grants = await lockBookingGrants(tx, bookingId);
  const live = grants.filter(isLive);
  if (booking.status !== "confirmed" || !plan) {
    for (const grant of live) await retireGrant(tx, grant, plan ? `booking_${booking.status}` : "no_access_planned");
    return true;
  }
  const newest = live.at(-1);
  const current = newest && newest.status !== "failed" && newest.integrationId === plan.integrationId ? newest : undefined;
  if (current && isSameWindow(current.window, plan.window)) return true;
  // Never sent to the lock system yet, or a lock system that moves windows in place: keep the grant.
  if (current?.status === "requested") {
    await changeWindowInPlace(tx, current, plan);
    return true;
  }
  if (current && inPlaceIntegrationId === undefined) return false;
  if (current && current.integrationId === inPlaceIntegrationId) await changeWindowInPlace(tx, current, plan);
  // An admin revoked this booking's access by hand: it stays revoked until an admin re-issues it.
  else if (!(await isAccessWithheldByAdmin(tx, grants.at(-1)))) await createBookingGrant(tx, booking, plan);
  return true;
}

async function findInPlaceIntegration(orgId: string, plan: AccessPlan | null): Promise<string | null> {
  if (!plan) return null;
  try {
    const driver = await getIntegrationDriver({ orgId, integrationId: plan.integrationId });
    return driver?.capabilities.changeWindowInPlace ? plan.integrationId : null;
  } catch (error) {
    // Unreadable settings: replacing the grant works with every lock system, so that is the fallback.
    logger.warn("access: lock driver unavailable for planning", { integrationId: plan.integrationId, error: String(error) });
    return null;
  }
}

export async function createBookingGrant(tx: DbOrTx, booking: Booking, plan: AccessPlan): Promise<Grant> {
  const id = randomUUID();
  const requested = {
    bookingId: booking.id,
    bookingVersion: booking.version,
    credentialType: plan.credentialType,
    targets: plan.targets.length,
    ...windowData(plan),
  };
  const values = {
    id,
    orgId: booking.orgId,
    bookingId: booking.id,
    accessRuleId: plan.accessRuleId,
    integrationId: plan.integrationId,
    doorIds: plan.doorIds,
    window: plan.window,
    credentialType: plan.credentialType,
    pinEncrypted: needsPin(plan.credentialType) ? sealPin(generateAccessPin()) : null,
    // Sent with every attempt: the lock system recognises a retry and returns the first credential.
    idempotencyKey: `keyslot-grant:${id}`,
  } satisfies Partial<typeof accessGrants.$inferInsert>;
  const [grant] = await insertBookingGrant(tx, { ...values, audit: JSON.stringify(requested) });
  await enqueueGrantSync(tx, id);
  return grant!;
}

// The grant and its audit event in one statement (transitions.ts does the same for every later step).
const insertBookingGrant = compiledQuery(
  "insert_booking_grant",
  ["id", "orgId", "bookingId", "accessRuleId", "integrationId", "doorIds", "window", "credentialType", "pinEncrypted", "idempotencyKey", "audit"],
  (db, p) => {
    const audit = db.$with("audit", {}).as(sql`
      insert into audit_events (org_id, action, entity_type, entity_id, data)
      values (${p.orgId}::uuid, 'access.requested', 'access_grant', ${p.id}::text, ${p.audit}::jsonb)`);
    const { id, orgId, bookingId, accessRuleId, integrationId, doorIds, window, credentialType, pinEncrypted, idempotencyKey } = p;
    return db
      .with(audit)
      .insert(accessGrants)
      .values({ id, orgId, bookingId, accessRuleId, integrationId, doorIds, window, credentialType, status: "requested", pinEncrypted, idempotencyKey })
      .returning();
  },
);

async function changeWindowInPlace(tx: DbOrTx, grant: Grant, plan: AccessPlan): Promise<void> {
  const patch = { window: plan.window, doorIds: plan.doorIds, attempts: 0, lastError: null };
  if (grant.status === "active" || grant.status === "activation_pending") {
    await transitionGrant(tx, grant, "in_progress", { patch, data: { reason: "window_changed", ...windowData(plan) } });
  } else {
    // Not at the lock system yet, or being provisioned: the (next) attempt takes the new window.
    await updateGrant(tx, grant.id, patch);
  }
  await enqueueGrantSync(tx, grant.id);
}

function windowData(plan: AccessPlan) {
  return { window: { start: plan.window.start.toISOString(), end: plan.window.end.toISOString() } };
}

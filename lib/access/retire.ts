import type { DbOrTx } from "@/db";
import { hasVendorRefs, isLive, lockLiveBookingGrants, lockLiveStandingGrants, type Grant } from "./grant-store";
import { enqueueGrantSync } from "./sync-jobs";
import { transitionGrant } from "./transitions";

// Taking access away. A grant the lock system never heard of is removed at once; any other goes to
// removal_pending, and only the lock system's read-back moves it on to removed (sync-grant.ts).

export type RetireResult = "removed" | "removal_pending" | null;

/** The caller holds the booking's lock (when the grant has a booking) and the grant's. */
export async function retireGrant(tx: DbOrTx, grant: Grant, reason: string): Promise<RetireResult> {
  if (grant.status === "removal_pending" || grant.status === "removed" || grant.status === "expired") return null;
  // requested: no worker has claimed it, so no vendor call was ever made for it.
  if (grant.status === "requested") {
    await transitionGrant(tx, grant, "removed", { patch: { removedAt: new Date(), pinEncrypted: null, nextAttemptAt: null }, data: { reason } });
    return "removed";
  }
  // The lease (nextAttemptAt) stays: a vendor call in flight finishes first and then hands over to the removal.
  await transitionGrant(tx, grant, "removal_pending", {
    patch: { attempts: 0, lastError: null },
    data: { reason, vendorRefs: hasVendorRefs(grant) },
  });
  await enqueueGrantSync(tx, grant.id);
  return "removal_pending";
}

/**
 * Once a booking's newest grant is usable (or has failed for good), its older grants go: they are for a
 * period the booking no longer has. The booking must be locked by the caller. `bookingGrants`: the booking's
 * grants as the caller locked them in this transaction (lockBookingGrants), which saves reading them again.
 */
export async function retireSupersededGrants(tx: DbOrTx, grant: Grant, bookingGrants?: Grant[]): Promise<number> {
  if (!grant.bookingId) return retireSupersededStandingGrants(tx, grant);
  // The list is in the database's creation order (microseconds; a JS Date would only have milliseconds).
  const live = bookingGrants ? bookingGrants.filter(isLive) : await lockLiveBookingGrants(tx, grant.bookingId);
  const index = live.findIndex((other) => other.id === grant.id);
  const older = index === -1 ? live.filter((other) => other.createdAt < grant.createdAt) : live.slice(0, index);
  let retired = 0;
  for (const other of older) if (await retireGrant(tx, other, "superseded")) retired++;
  return retired;
}

/**
 * Standing grants (community access, community-access.ts): a renewed or replaced grant retires the pair's older
 * ones once it is usable. A failed replacement does not: the older grant's window still holds, and the member
 * keeps that access until it ends. The caller holds the member's lock (lockStandingHolder).
 */
async function retireSupersededStandingGrants(tx: DbOrTx, grant: Grant): Promise<number> {
  if (!grant.accessRuleId || !grant.userId || grant.status === "failed") return 0;
  const live = await lockLiveStandingGrants(tx, { accessRuleId: grant.accessRuleId, userId: grant.userId });
  const index = live.findIndex((other) => other.id === grant.id);
  const older = index === -1 ? live.filter((other) => other.createdAt < grant.createdAt) : live.slice(0, index);
  let retired = 0;
  for (const other of older) if (await retireGrant(tx, other, "superseded")) retired++;
  return retired;
}

import { getDb } from "@/db";
import { buildObservedPatch, type AttemptContext } from "./attempt-context";
import type { Claim } from "./claim";
import { finishProvision } from "./finish-provision";
import { finishRemoval } from "./finish-removal";
import { hasVendorRefs, lockBooking, lockBookingGrants, lockGrant, lockStandingHolder, updateGrant } from "./grant-store";
import type { VendorOutcome } from "./vendor-work";

/**
 * Records what one vendor attempt found and decides the grant's next step, in one transaction. The grant is
 * read again under its lock: what counts is its status now (a cancel may have arrived during the call), not
 * the status it had when the attempt started. Returns the delays of the sync jobs it enqueued.
 */
export async function finishAttempt(claim: Claim, outcome: VendorOutcome): Promise<number[]> {
  const db = await getDb();
  const wakeDelays: number[] = [];
  await db.transaction(async (tx) => {
    // Booking first, then the grant: the lock order of every transaction that touches a booking's grants.
    const booking = claim.grant.bookingId ? await lockBooking(tx, claim.grant.bookingId) : null;
    // Standing grants (community access): the member's lock stands in for the booking's.
    if (!claim.grant.bookingId && claim.grant.userId) await lockStandingHolder(tx, claim.grant.userId);
    // A booking's grants are locked all at once, in creation order: this one, and the older ones a usable
    // grant retires (retire.ts), without a second query.
    const bookingGrants = booking ? await lockBookingGrants(tx, booking.id) : undefined;
    const grant = bookingGrants ? (bookingGrants.find((other) => other.id === claim.grant.id) ?? null) : await lockGrant(tx, claim.grant.id);
    if (!grant) return;
    const ctx: AttemptContext = { tx, grant, claim, outcome, booking, bookingGrants, now: new Date(), wakeDelays };
    const owned = grant.nextAttemptAt?.getTime() === claim.lease.getTime();
    if (owned && grant.status === "in_progress") return finishProvision(ctx);
    if (owned && grant.status === "removal_pending") return finishRemoval(ctx);
    // The lease ran out and another worker took over, or the grant ended meanwhile (expired by the cleanup):
    // keep the refs this attempt learnt so nothing the vendor holds is forgotten, and step aside.
    const patch = buildObservedPatch(ctx);
    const keepRefs = patch.vendorRefs && !hasVendorRefs(grant) ? { vendorRefs: patch.vendorRefs } : {};
    if (owned || Object.keys(keepRefs).length > 0) await updateGrant(tx, grant.id, { ...keepRefs, ...(owned ? { nextAttemptAt: null } : {}) });
  });
  return wakeDelays;
}

import { getDb } from "@/db";
import type { VendorGrant } from "@/lib/locks/types";
import { deliverWhenDue } from "./finish-provision";
import { lockBooking, lockGrant, lockStandingHolder, updateGrant, type Grant } from "./grant-store";
import { isSameWindow } from "./plan";
import { retireSupersededGrants } from "./retire";
import { enqueueGrantSync, wakeAccessWorkers } from "./sync-jobs";
import { transitionGrant } from "./transitions";

// One usable grant against what its lock system reported (reconcile.ts read it, outside any transaction).

export type Observation =
  | { kind: "seen"; vendor: VendorGrant; inPlace: boolean }
  /** The lock system does not know the grant (deleted there), or Keyslot never learnt its refs. */
  | { kind: "gone"; inPlace: boolean }
  | { kind: "unreachable" };

/** "reissue": the grant failed for good and the booking needs a new one (the caller runs syncBookingAccess). */
export type RepairResult = "none" | "repaired" | "reissue";

export async function repairGrant(seen: Grant, observation: Observation, now: Date): Promise<RepairResult> {
  if (observation.kind === "unreachable") return "none";
  const db = await getDb();
  let wake = false;
  const result = await db.transaction(async (tx): Promise<RepairResult> => {
    if (seen.bookingId) await lockBooking(tx, seen.bookingId);
    else if (seen.userId) await lockStandingHolder(tx, seen.userId);
    const grant = await lockGrant(tx, seen.id);
    // Changed since it was read (a reschedule, a cancel): what was observed no longer applies.
    if (!grant || grant.status !== seen.status || grant.updatedAt.getTime() !== seen.updatedAt.getTime()) return "none";
    const vendor = observation.kind === "seen" ? observation.vendor : null;
    const observed = vendor ? { observedAt: now } : {};
    if (grant.status === "failed") {
      // Given up on (e.g. unanswered commands), yet the lock system holds it as asked: let the sync confirm it.
      const usable = vendor && (vendor.status === "active" || vendor.status === "activation_pending") && isSameWindow(vendor.window, grant.window);
      if (!usable) return "none";
      await transitionGrant(tx, grant, "in_progress", { patch: { ...observed, attempts: 0, lastError: null }, data: { drift: "present at the lock system" } });
      await enqueueGrantSync(tx, grant.id);
      wake = true;
      return "repaired";
    }
    if (grant.window.end <= now || vendor?.status === "expired") {
      await transitionGrant(tx, grant, "expired", { patch: { ...observed, nextAttemptAt: null } });
      return "repaired";
    }
    if (!vendor || vendor.status === "revoked") {
      const drift = vendor ? "revoked outside Keyslot" : "unknown to the lock system";
      const failed = await transitionGrant(tx, grant, "failed", {
        patch: { ...observed, lastError: `The lock system no longer holds this access (${drift})`, nextAttemptAt: null },
        data: { drift },
      });
      await retireSupersededGrants(tx, failed);
      return "reissue";
    }
    if (!isSameWindow(vendor.window, grant.window)) {
      if (!observation.inPlace) {
        await transitionGrant(tx, grant, "failed", { patch: { ...observed, lastError: "The lock system holds another window for this access" }, data: { drift: "window" } });
        return "reissue";
      }
      await transitionGrant(tx, grant, "in_progress", { patch: { ...observed, attempts: 0, lastError: null }, data: { drift: "window" } });
      await enqueueGrantSync(tx, grant.id);
      wake = true;
      return "repaired";
    }
    if (vendor.status === grant.status || (vendor.status !== "active" && vendor.status !== "activation_pending")) {
      await updateGrant(tx, grant.id, observed);
      return "none";
    }
    // The holder activated the mobile key (or the lock system says it is not activated after all).
    const active = vendor.status === "active";
    const next = await transitionGrant(tx, grant, vendor.status, {
      patch: { ...observed, ...(active && !grant.activatedAt ? { activatedAt: now } : {}) },
      data: { observed: vendor.status },
    });
    await deliverWhenDue({ tx }, next, false);
    return "repaired";
  });
  if (wake) wakeAccessWorkers();
  return result;
}

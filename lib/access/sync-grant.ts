import { getDb } from "@/db";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { LockError } from "@/lib/locks/types";
import { claimGrant, releaseClaim, type Claim } from "./claim";
import { finishAttempt } from "./finish-attempt";
import { buildGrantRequest } from "./grant-request";
import { hasVendorRefs } from "./grant-store";
import { loadStandingGrantRequest } from "./community-plan";
import { loadBookingAccess } from "./load-plan";
import { wakeAccessWorkers } from "./sync-jobs";
import { provisionAtVendor, revokeAtVendor, type VendorOutcome } from "./vendor-work";

/**
 * The access.sync job: one step of one grant towards what it should be. Claim (transaction), vendor call
 * (no transaction), finish (transaction). A grant another worker holds, or one without work, is left alone.
 */
export async function syncGrant(grantId: string): Promise<void> {
  const claim = await claimGrant(grantId);
  if (!claim) return;
  const outcome = await attemptAtVendor(claim);
  let wakeDelays: number[];
  try {
    wakeDelays = await finishAttempt(claim, outcome);
  } catch (error) {
    await releaseClaim(claim).catch(() => undefined);
    throw error;
  }
  // Always wake now as well: a finish may have retired older grants, whose sync jobs should start at once.
  wakeAccessWorkers([0, ...wakeDelays]);
}

async function attemptAtVendor({ grant, firstAttempt }: Claim): Promise<VendorOutcome> {
  try {
    const db = await getDb();
    const access = grant.bookingId ? await loadBookingAccess(db, { orgId: grant.orgId, bookingId: grant.bookingId }) : null;
    // Without a booking it is a standing grant of a community member (community-plan.ts).
    const request = access ? buildGrantRequest(grant, access) : grant.bookingId ? null : await loadStandingGrantRequest(db, grant);
    const refs = hasVendorRefs(grant) ? grant.vendorRefs : null;
    const stamp = access?.plan?.integrationId === grant.integrationId ? access.integrationStamp : null;
    const driver = await getIntegrationDriver({ orgId: grant.orgId, integrationId: grant.integrationId, stamp });
    if (!driver) return { kind: "error", error: new LockError({ code: "auth", message: "The lock integration has no credentials configured" }) };
    if (grant.status === "removal_pending") {
      // Once the window is over, nothing an unanswered attempt may have created can open a door any more.
      const windowOver = grant.window.end.getTime() <= Date.now();
      return revokeAtVendor(driver, refs, windowOver ? null : request);
    }
    if (!request) return { kind: "error", error: new LockError({ code: "validation", message: `The ${grant.bookingId ? "booking" : "community rule"} no longer names any door of this lock system` }) };
    // A first attempt lets the driver skip its search for an earlier credential (exivo: listing every visit).
    return provisionAtVendor(driver, refs, firstAttempt ? { ...request, firstAttempt } : request);
  } catch (error) {
    // Reading the booking or opening the driver failed (database, stored credentials): a retryable problem.
    return { kind: "error", error };
  }
}

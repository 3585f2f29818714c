import { LockError, type GrantRefs, type GrantRequest, type LockDriver, type VendorGrant } from "@/lib/locks/types";
import { isSameWindow } from "./plan";

// One attempt at the lock system, outside any transaction. Nothing here writes to the database: the outcome
// goes to finish-attempt.ts, which decides in a transaction what it means for the grant.

export type VendorOutcome =
  /** The lock system holds the credential (its status may still be activation_pending, in_progress, revoked...). */
  | { kind: "present"; vendor: VendorGrant }
  /** The lock system holds nothing (any more): revoked, expired or unknown there. */
  | { kind: "absent"; vendor?: VendorGrant; refs?: GrantRefs }
  /** The revoke was answered OK, yet the read-back still shows the credential. */
  | { kind: "still_present"; vendor: VendorGrant }
  /** No answer: the refs are known, the outcome is not; the next attempt reads back first. */
  | { kind: "unknown"; refs: GrantRefs }
  | { kind: "error"; error: unknown; refs?: GrantRefs };

const GONE = new Set(["revoked", "expired"]);

/**
 * Brings the vendor's credential to the request. With refs it reads back first and never grants blindly;
 * a changed window is changed in place where the lock system can (Xesar).
 */
export async function provisionAtVendor(driver: LockDriver, refs: GrantRefs | null, request: GrantRequest): Promise<VendorOutcome> {
  try {
    if (refs) {
      const current = await readOrNull(driver, refs);
      if (current?.status === "unknown") return { kind: "unknown", refs };
      if (current && !GONE.has(current.status) && !isSameWindow(current.window, request.window) && driver.capabilities.changeWindowInPlace) {
        return settle(driver, await driver.changeWindow(refs, request.window, request));
      }
      // Not found: the earlier attempt never reached the lock system; granting with the same key is safe.
      if (current) return { kind: "present", vendor: current };
    }
    return settle(driver, await driver.grant(request));
  } catch (error) {
    return { kind: "error", error, ...(refs ? { refs } : {}) };
  }
}

/**
 * Revokes and then reads back: only the lock system's own state says the access is gone. Without refs, a
 * grant with the same idempotency key finds what an earlier, unanswered attempt may have created.
 */
export async function revokeAtVendor(driver: LockDriver, refs: GrantRefs | null, recovery: GrantRequest | null): Promise<VendorOutcome> {
  let known = refs;
  try {
    if (!known) {
      if (!recovery) return { kind: "absent" };
      const found = await driver.grant(recovery).catch((error: unknown) => {
        // A request the lock system refuses outright cannot have left a credential behind.
        if (error instanceof LockError && !error.retryable) return null;
        throw error;
      });
      if (!found) return { kind: "absent" };
      known = found.refs;
    }
    await driver.revoke(known).catch((error: unknown) => {
      if (!(error instanceof LockError && error.code === "not_found")) throw error;
    });
    const after = await readOrNull(driver, known);
    if (!after || GONE.has(after.status)) return { kind: "absent", refs: known, ...(after ? { vendor: after } : {}) };
    if (after.status === "unknown") return { kind: "unknown", refs: known };
    return { kind: "still_present", vendor: after };
  } catch (error) {
    return { kind: "error", error, ...(known ? { refs: known } : {}) };
  }
}

/** "unknown" after a command means: read back now, and if that says nothing either, try again later. */
async function settle(driver: LockDriver, result: VendorGrant): Promise<VendorOutcome> {
  if (result.status !== "unknown") return { kind: "present", vendor: result };
  const read = await readOrNull(driver, result.refs).catch(() => undefined);
  if (read === undefined || read?.status === "unknown") return { kind: "unknown", refs: result.refs };
  // Read back as not found: the command did not happen. Retrying with the same key is safe.
  if (read === null) return { kind: "error", error: new LockError({ code: "timeout", message: "The lock system did not execute the grant" }) };
  return { kind: "present", vendor: read };
}

async function readOrNull(driver: LockDriver, refs: GrantRefs): Promise<VendorGrant | null> {
  try {
    return await driver.readGrant(refs);
  } catch (error) {
    if (error instanceof LockError && error.code === "not_found") return null;
    throw error;
  }
}

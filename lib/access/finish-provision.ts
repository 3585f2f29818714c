import { LockError, type VendorGrant } from "@/lib/locks/types";
import { needsPin, openPin, sealPin } from "./access-pin";
import { buildObservedPatch, requestSync, scheduleRetry, type AttemptContext, type GrantPatch } from "./attempt-context";
import { issueDeliveryNotification } from "./delivery";
import { getAccessEngineOptions } from "./engine-options";
import { updateGrant, type Grant } from "./grant-store";
import { issueKeyLink } from "./key-link";
import { isSameWindow } from "./plan";
import { isRetryable, describeError } from "./retry-policy";
import { retireGrant, retireSupersededGrants } from "./retire";
import { transitionGrant } from "./transitions";

// The end of a provisioning attempt (grant in_progress), inside the finishing transaction.

export async function finishProvision(ctx: AttemptContext): Promise<void> {
  const { outcome } = ctx;
  const patch = buildObservedPatch(ctx);
  if (outcome.kind === "error") return retryOrFail(ctx, patch, outcome.error);
  if (outcome.kind === "unknown") {
    return retryOrFail(ctx, patch, new LockError({ code: "timeout", message: "The lock system did not answer; reading back before anything else" }));
  }
  if (outcome.kind !== "present") return retryOrFail(ctx, patch, new Error(`unexpected ${outcome.kind} outcome while provisioning`));
  const vendor = outcome.vendor;
  Object.assign(patch, buildPinPatch(ctx.grant, vendor));

  // The window changed while the lock system was being asked (a reschedule): one more step to follow it.
  if (!isSameWindow(ctx.grant.window, ctx.claim.grant.window)) {
    ctx.grant = await updateGrant(ctx.tx, ctx.grant.id, { ...patch, nextAttemptAt: null });
    return requestSync(ctx);
  }
  // The booking went away during the call and its own event has not been handled yet: revoke what was just made.
  if (ctx.booking && ctx.booking.status !== "confirmed") {
    ctx.grant = await updateGrant(ctx.tx, ctx.grant.id, { ...patch, nextAttemptAt: null });
    await retireGrant(ctx.tx, ctx.grant, `booking_${ctx.booking.status}`);
    return;
  }
  switch (vendor.status) {
    case "active":
    case "activation_pending":
      return becomeUsable(ctx, vendor, patch);
    case "expired":
      await transitionGrant(ctx.tx, ctx.grant, "expired", { patch: { ...patch, nextAttemptAt: null } });
      return;
    case "revoked":
      return fail(ctx, patch, "The lock system reports this access as revoked, though Keyslot did not revoke it");
    default:
      // Ordered but not confirmed yet: read back again after the back-off.
      return retryOrFail(ctx, patch, new LockError({ code: "timeout", message: `The lock system has not confirmed the access yet (${vendor.status})` }));
  }
}

async function becomeUsable(ctx: AttemptContext, vendor: VendorGrant, patch: GrantPatch): Promise<void> {
  const firstTime = ctx.claim.grant.observedAt === null;
  const active = vendor.status === "active";
  const grant = await transitionGrant(ctx.tx, ctx.grant, active ? "active" : "activation_pending", {
    patch: { ...patch, nextAttemptAt: null, lastError: null, ...(active && !ctx.grant.activatedAt ? { activatedAt: ctx.now } : {}) },
    data: { window: { start: vendor.window.start.toISOString(), end: vendor.window.end.toISOString() } },
  });
  ctx.grant = grant;
  // Gap-free replacement: the booking's older grants go only now that this one works.
  await retireSupersededGrants(ctx.tx, grant, ctx.bookingGrants);
  await deliverWhenDue(ctx, grant, firstTime);
}

/** The holder hears about a credential once it exists: a PIN + link once usable, a mobile key once issued. */
export async function deliverWhenDue(ctx: Pick<AttemptContext, "tx">, grant: Grant, firstTime: boolean): Promise<void> {
  if (grant.credentialType === "pin_link") {
    if (grant.status !== "active" || grant.keyTokenHash) return;
    const keyToken = await issueKeyLink(ctx.tx, grant.id);
    await issueDeliveryNotification(ctx.tx, { grant, keyToken });
    return;
  }
  if (firstTime) await issueDeliveryNotification(ctx.tx, { grant, keyToken: null });
}

async function retryOrFail(ctx: AttemptContext, patch: GrantPatch, error: unknown): Promise<void> {
  if (isRetryable(error) && ctx.grant.attempts < getAccessEngineOptions().maxProvisionAttempts) return scheduleRetry(ctx, patch, error);
  return fail(ctx, patch, describeError(error));
}

async function fail(ctx: AttemptContext, patch: GrantPatch, reason: string): Promise<void> {
  ctx.grant = await transitionGrant(ctx.tx, ctx.grant, "failed", { patch: { ...patch, lastError: reason, nextAttemptAt: null } });
  // Access for a period the booking no longer has must not outlive the attempt to replace it.
  await retireSupersededGrants(ctx.tx, ctx.grant, ctx.bookingGrants);
}

/** The PIN the lock system holds is the one to deliver (exivo keeps the PIN of a visit found again). */
function buildPinPatch(grant: Grant, vendor: VendorGrant): GrantPatch {
  const pin = vendor.credential?.pin;
  if (!pin || !needsPin(grant.credentialType) || openPin(grant.pinEncrypted) === pin) return {};
  return { pinEncrypted: sealPin(pin) };
}

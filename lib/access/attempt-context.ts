import type { DbOrTx } from "@/db";
import type { bookings } from "@/db/schema";
import type { GrantRefs } from "@/lib/locks/types";
import type { Claim } from "./claim";
import { getAccessEngineOptions } from "./engine-options";
import { dbTimeIn, updateGrant, type Grant, type GrantPatch } from "./grant-store";
import { computeRetryDelay, describeError } from "./retry-policy";
import { enqueueGrantSync } from "./sync-jobs";
import type { VendorOutcome } from "./vendor-work";

// What the finishing transaction of one vendor attempt works with, and the helpers both phases share.

export type { GrantPatch } from "./grant-store";

export type AttemptContext = {
  tx: DbOrTx;
  /** The grant as it is now (locked), which may differ from the claimed one: a cancel may have come meanwhile. */
  grant: Grant;
  claim: Claim;
  outcome: VendorOutcome;
  booking: typeof bookings.$inferSelect | null;
  /** The booking's grants, locked with this one (as read before this attempt changed anything). */
  bookingGrants?: Grant[];
  now: Date;
  /** Delays of the sync jobs enqueued, for waking the workers after the commit. */
  wakeDelays: number[];
};

export function getOutcomeRefs(outcome: VendorOutcome): GrantRefs | undefined {
  switch (outcome.kind) {
    case "present":
    case "still_present":
      return outcome.vendor.refs;
    case "absent":
      return outcome.vendor?.refs ?? outcome.refs;
    case "unknown":
      return outcome.refs;
    case "error":
      return outcome.refs;
  }
}

/** Refs learnt from the vendor, and when its state was last seen (only from a real answer). */
export function buildObservedPatch(ctx: AttemptContext): GrantPatch {
  const refs = getOutcomeRefs(ctx.outcome);
  const seen = ctx.outcome.kind === "present" || ctx.outcome.kind === "absent" || ctx.outcome.kind === "still_present";
  return { ...(refs && Object.keys(refs).length > 0 ? { vendorRefs: refs } : {}), ...(seen ? { observedAt: ctx.now } : {}) };
}

/** Stays in the current status and tries again after the back-off (or the vendor's Retry-After). */
export async function scheduleRetry(ctx: AttemptContext, patch: GrantPatch, error: unknown, delayMs?: number): Promise<void> {
  const delay = delayMs ?? computeRetryDelay(ctx.grant.attempts, error, getAccessEngineOptions());
  ctx.grant = await updateGrant(ctx.tx, ctx.grant.id, {
    ...patch,
    lastError: describeError(error),
    nextAttemptAt: dbTimeIn(delay),
  });
  await enqueueGrantSync(ctx.tx, ctx.grant.id, ctx.grant.nextAttemptAt!);
  ctx.wakeDelays.push(delay);
}

/** Another step right away (the grant is not backing off). */
export async function requestSync(ctx: AttemptContext): Promise<void> {
  await enqueueGrantSync(ctx.tx, ctx.grant.id);
  ctx.wakeDelays.push(0);
}

import { recordAudit } from "@/lib/audit/record";
import { LockError } from "@/lib/locks/types";
import { buildObservedPatch, requestSync, scheduleRetry, type AttemptContext, type GrantPatch } from "./attempt-context";
import { getAccessEngineOptions } from "./engine-options";
import { updateGrant } from "./grant-store";
import { computeRetryDelay, describeError, isRetryable } from "./retry-policy";
import { transitionGrant } from "./transitions";

// The end of a removal attempt (grant removal_pending), inside the finishing transaction. "removed" needs the
// lock system's read-back; anything else keeps the grant in removal_pending and tries again, without end.

export async function finishRemoval(ctx: AttemptContext): Promise<void> {
  const { outcome } = ctx;
  const patch = buildObservedPatch(ctx);
  if (ctx.claim.grant.status !== "removal_pending") {
    // A provisioning call was in flight when the grant was withdrawn: keep what it learnt (the refs of what it
    // may have created) and start the removal right away.
    ctx.grant = await updateGrant(ctx.tx, ctx.grant.id, { ...patch, nextAttemptAt: null });
    return requestSync(ctx);
  }
  switch (outcome.kind) {
    case "present":
      ctx.grant = await updateGrant(ctx.tx, ctx.grant.id, { ...patch, nextAttemptAt: null });
      return requestSync(ctx);
    case "absent":
      await transitionGrant(ctx.tx, ctx.grant, "removed", {
        patch: { ...patch, removedAt: ctx.now, nextAttemptAt: null, lastError: null, pinEncrypted: null },
      });
      return;
    case "still_present":
      return retryRemoval(
        ctx,
        patch,
        new LockError({
          code: "vendor",
          message: `The lock system accepted the revoke but still reports the access as ${outcome.vendor.status}`,
        }),
      );
    case "unknown":
      return retryRemoval(ctx, patch, new LockError({ code: "timeout", message: "The lock system did not answer the revoke; reading back" }));
    case "error":
      return retryRemoval(ctx, patch, outcome.error);
  }
}

/**
 * A removal is never given up: the credential may still open the door. After a few unconfirmed attempts it is
 * flagged to admins (audit event + last_error) and retried at the back-off's pace, slowest after errors a
 * quick retry cannot fix (wrong credentials, refused request).
 */
async function retryRemoval(ctx: AttemptContext, patch: GrantPatch, error: unknown): Promise<void> {
  const options = getAccessEngineOptions();
  const attempts = ctx.grant.attempts;
  const retryable = isRetryable(error);
  const delay = retryable ? computeRetryDelay(attempts, error, options) : options.retryMaxMs;
  await scheduleRetry(ctx, patch, error, delay);
  const flag = attempts === options.flagRemovalAfterAttempts || (!retryable && attempts === 1);
  if (!flag) return;
  await recordAudit(
    {
      orgId: ctx.grant.orgId,
      actorUserId: null,
      action: "access.removal_unconfirmed",
      entityType: "access_grant",
      entityId: ctx.grant.id,
      data: { bookingId: ctx.grant.bookingId, attempts, error: describeError(error), nextAttemptAt: ctx.grant.nextAttemptAt?.toISOString() },
    },
    ctx.tx,
  );
}

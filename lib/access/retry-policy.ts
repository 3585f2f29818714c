import { LockError } from "@/lib/locks/types";
import type { AccessEngineOptions } from "./engine-options";

// When to try again after a failed vendor attempt: exponential back-off with jitter (so a fleet of grants
// that failed together during an outage does not hit the recovering lock system together), never sooner
// than the vendor's Retry-After.

type Policy = Pick<AccessEngineOptions, "retryBaseMs" | "retryMaxMs">;

/** `attempt` is the number of attempts made so far (1 after the first). */
export function computeRetryDelay(attempt: number, error: unknown, policy: Policy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** Math.max(0, attempt - 1));
  // "Equal jitter": at least half the back-off, so retries do not collapse to zero under bad luck.
  const jittered = Math.round(exponential / 2 + random() * (exponential / 2));
  const retryAfter = error instanceof LockError ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(jittered, retryAfter);
}

/** Errors that are not LockErrors (a bug, a lost database connection) are worth another try too. */
export function isRetryable(error: unknown): boolean {
  return error instanceof LockError ? error.retryable : true;
}

/** For last_error and the audit log: the message only, never a stack or request data. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof LockError ? `${error.code}: ` : "";
  return `${code}${message}`.slice(0, 500);
}

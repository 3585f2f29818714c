// Timings of the access engine. The defaults suit real lock systems; tests shorten them so a burst of faults
// plays out in milliseconds instead of minutes.

export type AccessEngineOptions = {
  /** How long a worker may hold a grant for one vendor attempt before another worker may take it over. */
  leaseMs: number;
  /** First retry delay; doubled per attempt, with jitter. */
  retryBaseMs: number;
  /** Longest delay between two attempts (also used after errors a retry soon cannot fix). */
  retryMaxMs: number;
  /** Provisioning gives up (status failed) after this many attempts. */
  maxProvisionAttempts: number;
  /** A removal the lock system does not confirm is flagged to admins after this many attempts (and retried on). */
  flagRemovalAfterAttempts: number;
  /** Work that should be running but has not been touched for this long is resumed by reconciliation. */
  stalledAfterMs: number;
};

const DEFAULTS: AccessEngineOptions = {
  // Longer than the slowest vendor call: exivo waits out Retry-After (up to 30 s) per request.
  leaseMs: 5 * 60_000,
  retryBaseMs: 1_000,
  retryMaxMs: 5 * 60_000,
  maxProvisionAttempts: 8,
  flagRemovalAfterAttempts: 3,
  stalledAfterMs: 2 * 60_000,
};

const holder = globalThis as typeof globalThis & { __keyslotAccessOptions?: AccessEngineOptions };

export function getAccessEngineOptions(): AccessEngineOptions {
  return holder.__keyslotAccessOptions ?? DEFAULTS;
}

/** For tests and the benchmark; the process keeps these until changed again. */
export function configureAccessEngine(options: Partial<AccessEngineOptions>): void {
  holder.__keyslotAccessOptions = { ...DEFAULTS, ...options };
}

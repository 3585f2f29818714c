import { describe, expect, it } from "vitest";
import { LockError } from "@/lib/locks/types";
import { computeRetryDelay, describeError, isRetryable } from "./retry-policy";

const policy = { retryBaseMs: 1_000, retryMaxMs: 60_000 };
const unavailable = new LockError({ code: "unavailable", message: "down" });

describe("computeRetryDelay", () => {
  it("doubles per attempt, with at least half of the back-off kept under jitter", () => {
    expect(computeRetryDelay(1, unavailable, policy, () => 0)).toBe(500);
    expect(computeRetryDelay(1, unavailable, policy, () => 1)).toBe(1_000);
    expect(computeRetryDelay(3, unavailable, policy, () => 0)).toBe(2_000);
    expect(computeRetryDelay(3, unavailable, policy, () => 1)).toBe(4_000);
  });

  it("spreads retries: the same attempt gets different delays", () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.9].map((r) => computeRetryDelay(4, unavailable, policy, () => r)));
    expect(delays.size).toBe(4);
  });

  it("stays under the maximum", () => {
    expect(computeRetryDelay(30, unavailable, policy, () => 1)).toBe(60_000);
  });

  it("never retries sooner than the vendor's Retry-After", () => {
    const limited = new LockError({ code: "rate_limited", message: "slow down", retryAfterMs: 30_000 });
    expect(computeRetryDelay(1, limited, policy, () => 0)).toBe(30_000);
  });
});

describe("isRetryable / describeError", () => {
  it("follows the LockError's flag and retries unknown errors", () => {
    expect(isRetryable(unavailable)).toBe(true);
    expect(isRetryable(new LockError({ code: "validation", message: "bad" }))).toBe(false);
    expect(isRetryable(new Error("connection reset"))).toBe(true);
  });

  it("keeps the code and message, bounded", () => {
    expect(describeError(unavailable)).toBe("unavailable: down");
    expect(describeError(new Error("x".repeat(1_000)))).toHaveLength(500);
  });
});

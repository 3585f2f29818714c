import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LockError } from "../types";
import { createExivoDriver, type ExivoDriverOptions } from "./driver";
import { startExivoSimulator, type ExivoSimulator } from "./simulator/server";

// Retry-After is behaviour under test here, so real waiting is expected: the gaps are measured on the
// simulator's side from its request log, not by sleeping in the test.

let sim: ExivoSimulator;
beforeAll(async () => {
  sim = await startExivoSimulator();
});
afterEach(() => {
  sim.control.clearFaults();
  sim.control.clearRequests();
});
afterAll(async () => sim?.close());

const driver = (extra: Partial<ExivoDriverOptions> = {}) =>
  createExivoDriver({ baseUrl: sim.baseUrl, ...sim.site, ...extra });
const infoRequests = () => sim.control.requests().filter((r) => r.pathname.endsWith("/info"));

describe("exivo Retry-After", () => {
  it("retries a 429 burst of 2 with Retry-After: 1 and succeeds, waiting a second before each retry", async () => {
    sim.control.injectFault({ kind: "status", status: 429, count: 2, retryAfterSeconds: 1 });
    const verified = await driver().verify();
    expect(verified.siteName).toBe("Campus Zürich");
    const attempts = infoRequests();
    expect(attempts.map((r) => r.response?.status)).toEqual([429, 429, 200]);
    const gaps = attempts.slice(1).map((r, i) => r.receivedAt - attempts[i]!.receivedAt);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(950);
  });

  it("honours Retry-After on 503 the same way", async () => {
    sim.control.injectFault({ kind: "status", status: 503, count: 1, retryAfterSeconds: 1 });
    await driver().verify();
    const [first, second] = infoRequests();
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it("gives up after maxRetries and reports rate_limited with the vendor's Retry-After", async () => {
    sim.control.injectFault({ kind: "status", status: 429, retryAfterSeconds: 0 });
    const error = await driver({ maxRetries: 2 }).verify().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockError);
    expect(error).toMatchObject({ code: "rate_limited", retryable: true, retryAfterMs: 0, vendorStatus: 429 });
    expect(infoRequests()).toHaveLength(3);
  });

  it("does not wait out a Retry-After longer than the cap: the job queue gets it instead", async () => {
    sim.control.injectFault({ kind: "status", status: 503, retryAfterSeconds: 120 });
    const error = await driver({ maxRetryWaitMs: 5_000 }).verify().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unavailable", retryable: true, retryAfterMs: 120_000 });
    expect(infoRequests()).toHaveLength(1);
  });

  it("does not retry other errors (500 surfaces at once)", async () => {
    sim.control.injectFault({ kind: "status", status: 500 });
    await expect(driver().verify()).rejects.toMatchObject({ code: "vendor", retryable: true });
    expect(infoRequests()).toHaveLength(1);
  });
});

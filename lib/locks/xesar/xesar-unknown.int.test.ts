import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LockError, type GrantRequest } from "../types";
import { DEMO_ACCESS_POINTS } from "./simulator/demo-installation";
import { createXesarDriver } from "./driver";
import { createXesarHarness, xesarDriverOptionsFor, type XesarHarness } from "./testing/harness";

// Silence is "unknown", never success or failure: Xesar has no acknowledgement, so a lost answer leaves the
// outcome open until a query tells. These tests lose answers on purpose (short timeout: it is the subject).

const window = { start: new Date("2027-06-01T08:00:00Z"), end: new Date("2027-06-01T10:00:00Z") };

describe("xesar: unanswered commands", () => {
  let h: XesarHarness;
  beforeAll(async () => {
    h = await createXesarHarness({ commandTimeoutMs: 300 });
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.clearFaults());

  const request = (externalId: string): GrantRequest => ({
    idempotencyKey: randomUUID(),
    holder: { name: "Uma Unknown", phone: "+43664123456", language: "de", externalId },
    targets: [{ kind: "accessPoint", id: DEMO_ACCESS_POINTS.guestFlat }],
    window,
    credential: { type: "mobile_key" },
  });

  it("a grant whose answer is lost returns status unknown with refs, and readGrant reconciles", async () => {
    const holder = randomUUID();
    await h.driver.grant(request(holder)); // the person exists now: only the medium command is in question
    const before = await h.countCredentials();

    h.injectFault({ kind: "drop_answers" });
    const req = request(holder);
    const grant = await h.driver.grant(req);
    expect(grant.status).toBe("unknown");
    expect(grant.refs.mediumId).toMatch(/^[0-9a-f-]{36}$/);
    expect(grant.refs.personId).toBeTruthy();
    expect(await h.countCredentials()).toBe(before + 1); // Xesar did execute it

    h.clearFaults();
    const read = await h.driver.readGrant(grant.refs);
    expect(read.status).toBe("activation_pending");
    expect(read.window).toEqual(window);
    expect(read.doorVendorIds).toEqual([DEMO_ACCESS_POINTS.guestFlat]);
    expect(read.refs).toEqual(grant.refs);

    // The retry the access engine would make: same medium, no second credential, no second SMS.
    const sms = h.simulator.control.outbox().length;
    const retried = await h.driver.grant(req);
    expect(retried.refs).toEqual(grant.refs);
    expect(retried.status).toBe("activation_pending");
    expect(await h.countCredentials()).toBe(before + 1);
    expect(h.simulator.control.outbox().length).toBe(sms);
  });

  it("a grant whose connection drops after the medium command went out is unknown at once, not after the timeout", async () => {
    const patient = createXesarDriver(xesarDriverOptionsFor(h.simulator, { commandTimeoutMs: 20_000, reconnectPeriodMs: 100 }));
    const off = h.simulator.control.onReceived((message) => {
      if (message.name === "AddSmartphoneToInstallationMapi") h.simulator.control.dropConnections();
    });
    try {
      const startedAt = Date.now();
      const grant = await patient.grant(request(randomUUID()));
      expect(grant.status).toBe("unknown");
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      off();
      // The same driver reconnects by itself and reconciles.
      expect((await patient.readGrant(grant.refs)).status).toBe("activation_pending");
    } finally {
      off();
      await patient.close();
    }
  });

  it("when the person cannot be confirmed nothing was ordered yet: a retryable timeout, no medium", async () => {
    const before = await h.countCredentials();
    h.injectFault({ kind: "drop_answers" });
    const error = await h.driver.grant(request(randomUUID())).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LockError);
    expect(error).toMatchObject({ code: "timeout", retryable: true });
    expect(await h.countCredentials()).toBe(before);
  });

  it("a revoke whose answer is lost throws a retryable timeout; read-back shows it happened", async () => {
    const grant = await h.driver.grant(request(randomUUID()));
    h.injectFault({ kind: "drop_answers" });
    await expect(h.driver.revoke(grant.refs)).rejects.toMatchObject({ code: "timeout", retryable: true });
    h.clearFaults();
    expect((await h.driver.readGrant(grant.refs)).status).toBe("revoked");
    // Retrying the revoke is safe: an already revoked medium is the wanted state.
    await expect(h.driver.revoke(grant.refs)).resolves.toBeUndefined();
  });

  it("a query whose answer is lost throws a retryable timeout", async () => {
    h.simulator.control.injectFault({ kind: "drop_answers", scope: "queries" });
    await expect(h.driver.listDoors()).rejects.toMatchObject({ code: "timeout", retryable: true });
  });
});

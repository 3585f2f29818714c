import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LockDriver } from "../../types";
import { createXesarDriver } from "../driver";
import { xesarDriverOptionsFor } from "../testing/harness";
import { DEMO_ACCESS_POINTS } from "./demo-installation";
import { startXesarSimulator, type XesarSimulator } from "./start-simulator";

// The HTTP control API (for e2e tests in another process) and credentials that survive a restart.

describe("xesar simulator: HTTP control API and persisted credentials", () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), "xesar-sim-"));
  let simulator: XesarSimulator;
  let driver: LockDriver;

  beforeAll(async () => {
    simulator = await startXesarSimulator({ stateDir });
    driver = createXesarDriver(xesarDriverOptionsFor(simulator, { commandTimeoutMs: 2_000 }));
  });
  afterAll(async () => {
    await driver?.close();
    await simulator?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  const call = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${simulator.controlUrl}${route}`, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as Record<string, unknown>) };
  };

  it("drives a booking's whole life through HTTP: clock, SMS, registration, door", async () => {
    expect((await call("GET", "/info")).body).toMatchObject({ brokerUrl: simulator.brokerUrl, timeZone: "Europe/Vienna", userId: simulator.apiUser.userId });
    expect((await call("POST", "/clock", { at: "2027-04-01T07:00:00Z" })).body).toEqual({ now: "2027-04-01T07:00:00.000Z" });

    const phone = "+436649988776";
    const grant = await driver.grant({
      idempotencyKey: randomUUID(),
      holder: { name: "Hedi Http", phone, language: "en", externalId: randomUUID() },
      targets: [{ kind: "accessPoint", id: DEMO_ACCESS_POINTS.meetingRoom }],
      window: { start: new Date("2027-04-01T08:00:00Z"), end: new Date("2027-04-01T09:00:00Z") },
      credential: { type: "mobile_key" },
    });
    const outbox = (await call("GET", "/outbox")).body as unknown as { to: string; code: string }[];
    const sms = outbox.find((message) => message.to === phone)!;
    expect((await call("POST", "/registrations/complete", { phone, code: "not-the-code" })).status).toBe(400);
    expect((await call("POST", "/registrations/complete", { phone, code: sms.code })).body).toMatchObject({ id: grant.refs.mediumId, registrationState: "COMPLETED" });

    expect((await call("POST", "/clock/advance", { ms: 3_600_000 + 60_000 })).body).toEqual({ now: "2027-04-01T08:01:00.000Z" });
    const present = { mediumId: grant.refs.mediumId, installationPointId: DEMO_ACCESS_POINTS.meetingRoom };
    expect((await call("POST", "/present", present)).body).toMatchObject({ result: "permitted", at: "2027-04-01T10:01" });
    expect((await call("GET", "/media")).body).toEqual(expect.arrayContaining([expect.objectContaining({ id: grant.refs.mediumId, mediumState: "ACTIVE" })]));
  });

  it("injects and clears faults through HTTP, and refuses malformed requests", async () => {
    expect((await call("POST", "/faults", { kind: "error", status: 503, scope: "queries" })).status).toBe(204);
    await expect(driver.verify()).rejects.toMatchObject({ code: "vendor", retryable: true, vendorStatus: 503 });
    expect((await call("DELETE", "/faults")).status).toBe(204);
    await expect(driver.verify()).resolves.toMatchObject({ timeZone: "Europe/Vienna" });

    expect((await call("POST", "/faults", { kind: "explode" })).status).toBe(400);
    expect((await call("GET", "/nowhere")).status).toBe(404);
    const received = (await call("GET", "/received?kind=query")).body as unknown as { kind: string }[];
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((message) => message.kind === "query")).toBe(true);
  });

  it("keeps CA, certificates and token in stateDir: an integration stored before a restart still works", async () => {
    const before = simulator.apiUser;
    await driver.close();
    await simulator.close();

    simulator = await startXesarSimulator({ stateDir, controlPort: null });
    expect(simulator.apiUser).toEqual(before);
    driver = createXesarDriver({ ...xesarDriverOptionsFor(simulator), ...before, brokerUrl: simulator.brokerUrl });
    await expect(driver.verify()).resolves.toMatchObject({ timeZone: "Europe/Vienna" });
  });
});

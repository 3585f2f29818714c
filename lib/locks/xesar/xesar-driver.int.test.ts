import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LockError, type GrantRequest } from "../types";
import { createXesarDriver } from "./driver";
import { DEMO_ACCESS_POINTS, DEMO_ZONES } from "./simulator/demo-installation";
import { createXesarHarness, waitForDoorEvent, xesarDriverOptionsFor, type XesarHarness } from "./testing/harness";

// What the contract suite does not cover: doors and zones, remote opening and its events, activation codes,
// in-place changes of doors, statuses, input validation, and living through a dropped connection.

const HOUR = 3_600_000;
const issuedAt = new Date("2027-09-01T06:00:00Z");
const window = { start: new Date("2027-09-01T08:00:00Z"), end: new Date("2027-09-01T10:00:00Z") };

describe("xesar driver on the simulator", () => {
  let h: XesarHarness;
  beforeAll(async () => {
    h = await createXesarHarness();
  });
  afterAll(async () => h?.close());
  beforeEach(() => {
    h.clearFaults();
    h.setClock(issuedAt);
  });

  const request = (overrides: Partial<GrantRequest> = {}): GrantRequest => ({
    idempotencyKey: randomUUID(),
    holder: { name: "Maria Anna Muster", phone: "+436641112233", language: "de", externalId: randomUUID() },
    targets: [{ kind: "accessPoint", id: DEMO_ACCESS_POINTS.laundry }],
    window,
    credential: { type: "mobile_key" },
    ...overrides,
  });

  it("verifies and lists the demo doors and the zone, with memberships, all selectable", async () => {
    expect(await h.driver.verify()).toMatchObject({ timeZone: "Europe/Vienna" });
    const doors = await h.driver.listDoors();
    const names = doors.filter((d) => d.kind === "access_point").map((d) => d.name);
    expect(names).toEqual(["Main entrance", "Cloakroom / WC", "Meeting room", "Laundry", "Guest flat"]);
    expect(doors.every((d) => d.selectable)).toBe(true);
    expect(doors.find((d) => d.kind === "zone")).toMatchObject({
      vendorId: DEMO_ZONES.commonAreas,
      name: "Common areas",
      memberIds: [DEMO_ACCESS_POINTS.mainEntrance, DEMO_ACCESS_POINTS.cloakroom],
    });
    expect(doors.find((d) => d.vendorId === DEMO_ACCESS_POINTS.mainEntrance)).toMatchObject({ zoneIds: [DEMO_ZONES.commonAreas], online: true });
  });

  it("issues a mobile key: SMS to the holder's phone, activate within 48 h, person found again by externalId", async () => {
    const holder = { name: "Maria Anna Muster", phone: "+436641112233", language: "de" as const, externalId: randomUUID() };
    const grant = await h.driver.grant(request({ holder }));
    expect(grant.status).toBe("activation_pending");
    expect(grant.credential).toEqual({ sentTo: "+436641112233", activateBy: new Date(issuedAt.getTime() + 48 * HOUR) });
    const sms = h.simulator.control.outbox().at(-1)!;
    expect(sms).toMatchObject({ to: "+436641112233", mediumId: grant.refs.mediumId });
    expect(sms.text).toContain(sms.code);

    const second = await h.driver.grant(request({ holder }));
    expect(second.refs.personId).toBe(grant.refs.personId);
    expect(second.refs.mediumId).not.toBe(grant.refs.mediumId);
    const person = h.simulator.control.received("command").find((m) => m.name === "CreatePersonMapi" && m.payload.externalId === holder.externalId);
    expect(person?.payload).toMatchObject({ firstName: "Maria Anna", lastName: "Muster" });
  });

  it("a registration code expires after 48 h; a new one can be requested and used", async () => {
    const grant = await h.driver.grant(request());
    h.simulator.control.advanceClock(49 * HOUR);
    await expect(h.activate(grant)).rejects.toThrow(/expired/);
    await h.driver.resendActivation(grant.refs);
    expect(h.simulator.control.outbox().filter((sms) => sms.mediumId === grant.refs.mediumId)).toHaveLength(2);
    await h.activate(grant);
    expect((await h.driver.readGrant(grant.refs)).status).toBe("active");
    // Once registered there is nothing to resend.
    await expect(h.driver.resendActivation(grant.refs)).rejects.toMatchObject({ code: "conflict" });
  });

  it("changes doors in place with the window: adds a zone, removes a door, keeps the medium", async () => {
    const grant = await h.driver.grant(request());
    await h.activate(grant);
    const later = { start: new Date(window.start.getTime() + 24 * HOUR), end: new Date(window.end.getTime() + 24 * HOUR) };
    const changed = await h.driver.changeWindow(grant.refs, later, request({ window: later, targets: [{ kind: "zone", id: DEMO_ZONES.commonAreas }] }));
    expect(changed.refs).toEqual(grant.refs);
    expect(changed).toMatchObject({ status: "active", window: later, doorVendorIds: [DEMO_ZONES.commonAreas] });
    h.setClock(new Date(later.start.getTime() + HOUR));
    expect(await h.attemptAccess(changed, DEMO_ACCESS_POINTS.mainEntrance)).toBe("permitted");
    expect(await h.attemptAccess(changed, DEMO_ACCESS_POINTS.laundry)).toBe("denied");
  });

  it("reads expired and revoked statuses from Xesar's state", async () => {
    const grant = await h.driver.grant(request());
    await h.activate(grant);
    const afterwards = createXesarDriver(xesarDriverOptionsFor(h.simulator, { now: () => new Date(window.end.getTime() + HOUR) }));
    try {
      expect((await afterwards.readGrant(grant.refs)).status).toBe("expired");
      await h.driver.revoke(grant.refs);
      expect((await afterwards.readGrant(grant.refs)).status).toBe("revoked");
    } finally {
      await afterwards.close();
    }
  });

  it("opens an online door remotely and reports the opening as a door event", async () => {
    const waiting = waitForDoorEvent(h.driver, (event) => event.doorVendorId === DEMO_ACCESS_POINTS.mainEntrance);
    await h.driver.openDoor(DEMO_ACCESS_POINTS.mainEntrance);
    expect(await waiting.event).toMatchObject({ result: "unlocked", vendorEvent: "OPENING_NORMAL_REMOTE", at: issuedAt });
  });

  it("refuses to open an offline door (unavailable, retryable) and an unknown one (not_found)", async () => {
    h.injectFault({ kind: "offline_door", doorVendorId: DEMO_ACCESS_POINTS.guestFlat });
    await expect(h.driver.openDoor(DEMO_ACCESS_POINTS.guestFlat)).rejects.toMatchObject({ code: "unavailable", retryable: true });
    expect((await h.driver.listDoors()).find((d) => d.vendorId === DEMO_ACCESS_POINTS.guestFlat)?.online).toBe(false);
    await expect(h.driver.openDoor(randomUUID())).rejects.toMatchObject({ code: "not_found", retryable: false });
  });

  it("an offline door denies a valid key (and cannot report it)", async () => {
    const grant = await h.driver.grant(request());
    await h.activate(grant);
    h.setClock(new Date(window.start.getTime() + HOUR));
    expect(await h.attemptAccess(grant, DEMO_ACCESS_POINTS.laundry)).toBe("permitted");
    h.injectFault({ kind: "offline_door", doorVendorId: DEMO_ACCESS_POINTS.laundry });
    expect(await h.attemptAccess(grant, DEMO_ACCESS_POINTS.laundry)).toBe("denied");
  });

  it("rejects what Xesar cannot issue before sending anything", async () => {
    const sent = h.simulator.control.received().length;
    const cases: Partial<GrantRequest>[] = [
      { credential: { type: "pin" } },
      { holder: { name: "No Phone", language: "en", externalId: randomUUID() } },
      { targets: [] },
      { window: { start: window.end, end: window.start } },
    ];
    for (const overrides of cases) {
      await expect(h.driver.grant(request(overrides)), JSON.stringify(overrides)).rejects.toMatchObject({ code: "validation" });
    }
    expect(h.simulator.control.received().length).toBe(sent);
  });

  it("an unknown target is Xesar's 404 (not_found); an unknown medium too", async () => {
    await expect(h.driver.grant(request({ targets: [{ kind: "accessPoint", id: randomUUID() }] }))).rejects.toMatchObject({ code: "not_found" });
    await expect(h.driver.readGrant({ mediumId: randomUUID() })).rejects.toMatchObject({ code: "not_found" });
    await expect(h.driver.revoke({ mediumId: randomUUID() })).rejects.toBeInstanceOf(LockError);
  });

  it("counted faults apply to the next N requests only; latency below the timeout only slows things down", async () => {
    h.simulator.control.injectFault({ kind: "error", status: 500, count: 1, scope: "queries" });
    await expect(h.driver.verify()).rejects.toMatchObject({ code: "vendor", retryable: true });
    await expect(h.driver.verify()).resolves.toBeTruthy();

    h.simulator.control.injectFault({ kind: "latency", ms: 150 });
    const startedAt = Date.now();
    await expect(h.driver.verify()).resolves.toBeTruthy();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150);
  });

  it("dropped door events are not published; the next one is", async () => {
    const grant = await h.driver.grant(request());
    await h.activate(grant);
    h.setClock(new Date(window.start.getTime() + HOUR));
    h.simulator.control.injectFault({ kind: "drop_events", count: 1 });
    const present = { mediumId: grant.refs.mediumId!, installationPointId: DEMO_ACCESS_POINTS.laundry };
    expect(await h.simulator.control.presentMedium(present)).toMatchObject({ result: "permitted", published: false });
    const waiting = waitForDoorEvent(h.driver, (event) => event.refs?.mediumId === grant.refs.mediumId);
    expect(await h.simulator.control.presentMedium(present)).toMatchObject({ result: "permitted", published: true });
    expect(await waiting.event).toMatchObject({ result: "permitted", doorVendorId: DEMO_ACCESS_POINTS.laundry });
  });

  it("survives a dropped connection: reconnects and answers the next call", async () => {
    await h.driver.verify();
    h.simulator.control.dropConnections();
    expect((await h.driver.listDoors()).length).toBeGreaterThan(0);
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LockError, type GrantRequest } from "../types";
import { DEMO_COMPONENT_IDS as C, DEMO_ZONE_IDS } from "./simulator/demo-installation";
import { createExivoHarness, type ExivoHarness } from "./testing/harness";

// exivo specifics beyond the shared contract: doors and gateways, targets, PIN delivery, replacement of a
// visit on a window change, idempotency through the name marker, error mapping against the simulator.

const HOUR = 3_600_000;
const start = new Date("2027-06-01T08:00:00Z");
const window = { start, end: new Date(start.getTime() + 2 * HOUR) };

let h: ExivoHarness;
beforeAll(async () => {
  h = await createExivoHarness();
});
beforeEach(() => {
  h.clearFaults();
  h.setClock(new Date("2027-06-01T07:00:00Z"));
});
afterAll(async () => h?.close());

const sim = () => h.simulator.control;
const posts = (suffix: string) => sim().requests().filter((r) => r.method === "POST" && r.pathname.endsWith(suffix));
const request = (overrides: Partial<GrantRequest> = {}): GrantRequest => ({
  idempotencyKey: randomUUID(),
  holder: { name: "Gina Guest", phone: "+41791112233", email: "gina@example.test", language: "en", externalId: randomUUID() },
  targets: [{ kind: "accessPoint", id: C.meetingRoom1 }],
  window,
  credential: { type: "pin_link" },
  ...overrides,
});
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a LockError"); }, (e: unknown) => e as LockError);

describe("exivo driver: doors and targets", () => {
  it("lists components, the gateway (not selectable) and the zone with its doors", async () => {
    const doors = await h.driver.listDoors();
    expect(doors.find((d) => d.vendorId === C.gateway)).toMatchObject({ kind: "gateway", name: "Gateway", selectable: false });
    expect(doors.find((d) => d.vendorId === C.laundry)).toMatchObject({ kind: "component", name: "Laundry", selectable: true, zoneIds: [] });
    expect(doors.find((d) => d.vendorId === C.cloakroom)?.zoneIds).toEqual([DEMO_ZONE_IDS.groundFloor]);
    const zone = doors.find((d) => d.kind === "zone");
    expect(zone).toMatchObject({ vendorId: DEMO_ZONE_IDS.groundFloor, name: "Ground floor" });
    expect(zone?.memberIds?.sort()).toEqual([C.mainEntrance, C.cloakroom, C.meetingRoom1].sort());
  });

  it("refuses a gateway as target with a validation error naming it, before creating anything", async () => {
    const before = posts("/visit").length;
    const error = await failure(h.driver.grant(request({ targets: [{ kind: "accessPoint", id: C.gateway }] })));
    expect(error).toBeInstanceOf(LockError);
    expect(error.code).toBe("validation");
    expect(error.message).toContain(`accessPoint:${C.gateway}`);
    expect(error.message).toContain('"Gateway"');
    expect(posts("/visit").length).toBe(before);
  });

  it("refuses unknown doors and zones with the target named", async () => {
    const door = await failure(h.driver.grant(request({ targets: [{ kind: "accessPoint", id: "nope-1" }] })));
    expect([door.code, door.message]).toEqual(["validation", expect.stringContaining("accessPoint:nope-1")]);
    const zone = await failure(h.driver.grant(request({ targets: [{ kind: "zone", id: "nope-2" }] })));
    expect([zone.code, zone.message]).toEqual(["validation", expect.stringContaining("zone:nope-2")]);
  });

  it("expands a zone to its doors and merges it with a door without duplicates", async () => {
    const grant = await h.driver.grant(request({ targets: [{ kind: "zone", id: DEMO_ZONE_IDS.groundFloor }, { kind: "accessPoint", id: C.cloakroom }, { kind: "accessPoint", id: C.laundry }] }));
    expect([...grant.doorVendorIds].sort()).toEqual([C.mainEntrance, C.cloakroom, C.meetingRoom1, C.laundry].sort());
    expect((posts("/visit").at(-1)!.body as { components: string[] }).components).toEqual(grant.doorVendorIds);
  });

  it("remote-opens a door; the gateway cannot be opened", async () => {
    await h.driver.openDoor(C.seminarRoom);
    expect(sim().unlocks().at(-1)).toMatchObject({ componentId: C.seminarRoom, via: "api" });
    expect(await failure(h.driver.openDoor(C.gateway))).toMatchObject({ code: "validation" });
  });
});

describe("exivo driver: visits with PIN and link", () => {
  it("sends a random 6-digit PIN, the link by SMS without the PIN, and a name carrying the marker", async () => {
    const grant = await h.driver.grant(request());
    expect(grant.credential?.pin).toMatch(/^[0-9]{6}$/);
    expect(grant.credential).toMatchObject({ link: expect.stringMatching(/\/visit\//), sentTo: "+41791112233" });
    const message = sim().outbox().find((m) => m.visitId === grant.refs.visitId)!;
    expect(message).toMatchObject({ channel: "sms", to: "+41791112233" });
    expect(message.text).toContain(grant.credential!.link!);
    expect(message.text).not.toContain(grant.credential!.pin!);
    expect((posts("/visit").at(-1)!.body as { name: string }).name).toMatch(/^Gina Guest \[ks:[\w-]{16}\]$/);
  });

  it("uses a given PIN, e-mails the link when there is no phone, and refuses a bad PIN before sending", async () => {
    const grant = await h.driver.grant(request({ credential: { type: "pin", pin: "4321" }, holder: { name: "Eve", email: "eve@example.test", language: "de", externalId: "e" } }));
    expect(grant.credential?.pin).toBe("4321");
    expect(sim().outbox().find((m) => m.visitId === grant.refs.visitId)).toMatchObject({ channel: "email", to: "eve@example.test" });
    const before = sim().requests().length;
    expect(await failure(h.driver.grant(request({ credential: { type: "pin", pin: "12ab" } })))).toMatchObject({ code: "validation" });
    expect(sim().requests().length).toBe(before);
  });

  it("changes the window by creating the new visit first, then revoking the old one", async () => {
    const old = await h.driver.grant(request());
    const later = { start: new Date(start.getTime() + 24 * HOUR), end: new Date(start.getTime() + 26 * HOUR) };
    const changed = await h.driver.changeWindow(old.refs, later, request({ window: later }));
    expect(changed.refs.visitId).not.toBe(old.refs.visitId);
    expect(changed.credential?.pin).not.toBe(old.credential?.pin);
    expect(changed.credential?.link).not.toBe(old.credential?.link);
    expect((await h.driver.readGrant(old.refs)).status).toBe("revoked");
    const order = sim().requests().map((r) => `${r.method} ${r.pathname}`);
    expect(order.lastIndexOf(`POST /${h.simulator.site.siteId}/visit`)).toBeLessThan(order.lastIndexOf(`POST /${h.simulator.site.siteId}/visit/${old.refs.visitId}/revoke`));
  });

  it("a changeWindow retried after its revoke failed reuses the new visit and finishes the revoke", async () => {
    const old = await h.driver.grant(request());
    const change = request({ window: { start: new Date(start.getTime() + 48 * HOUR), end: new Date(start.getTime() + 49 * HOUR) } });
    sim().injectFault({ kind: "on_request", match: "/revoke$", fault: { kind: "status", status: 500, count: 1 } });
    expect(await failure(h.driver.changeWindow(old.refs, change.window, change))).toMatchObject({ code: "vendor" });
    const count = sim().countCredentials();
    const changed = await h.driver.changeWindow(old.refs, change.window, change);
    expect(sim().countCredentials()).toBe(count);
    expect((await h.driver.readGrant(changed.refs)).status).toBe("active");
    expect((await h.driver.readGrant(old.refs)).status).toBe("revoked");
  });

  it("a grant whose answer was lost is found again on retry instead of creating a second visit", async () => {
    const req = request();
    sim().injectFault({ kind: "on_request", match: "^POST /[^/]+/visit$", fault: { kind: "drop_answers", count: 1 } });
    expect(await failure(h.driver.grant(req))).toMatchObject({ code: "timeout", retryable: true });
    const count = sim().countCredentials();
    const retried = await h.driver.grant(req);
    expect(sim().countCredentials()).toBe(count);
    expect(sim().visits().filter((v) => v.id === retried.refs.visitId)).toHaveLength(1);
  });

  it("a first attempt creates without listing the visits; a retry (no flag) lists them and finds that visit", async () => {
    const listed = () => sim().requests().filter((r) => r.method === "GET" && /\/visit$/.test(r.pathname)).length;
    const req = request();
    const before = listed();
    const first = await h.driver.grant({ ...req, firstAttempt: true });
    expect(listed()).toBe(before);
    const count = sim().countCredentials();
    expect((await h.driver.grant(req)).refs).toEqual(first.refs);
    expect(listed()).toBeGreaterThan(before);
    expect(sim().countCredentials()).toBe(count);
  });

  it("finds the marker on a later page of the visit list", async () => {
    for (let i = 0; i < 100; i++) await h.driver.grant(request({ holder: { name: `Filler ${i}`, language: "en", externalId: `f${i}` } }));
    const req = request();
    const first = await h.driver.grant(req);
    const count = sim().countCredentials();
    expect(count).toBeGreaterThan(100);
    expect((await h.driver.grant(req)).refs).toEqual(first.refs);
    expect(sim().countCredentials()).toBe(count);
    expect(sim().requests().at(-1)!.path).toContain("skip=100");
  });

  it("revokes idempotently and maps unknown visits to not_found", async () => {
    const grant = await h.driver.grant(request());
    await h.driver.revoke(grant.refs);
    await h.driver.revoke(grant.refs);
    expect((await h.driver.readGrant(grant.refs)).status).toBe("revoked");
    const unknown = { kind: "visit", visitId: randomUUID() };
    expect(await failure(h.driver.readGrant(unknown))).toMatchObject({ code: "not_found", retryable: false });
    expect(await failure(h.driver.revoke(unknown))).toMatchObject({ code: "not_found" });
    expect(await failure(h.driver.readGrant({ foo: "bar" }))).toMatchObject({ code: "validation" });
  });

  it("reads a visit back as expired once the simulator clock passes its end", async () => {
    const grant = await h.driver.grant(request());
    h.setClock(new Date(window.end.getTime() + 1));
    expect((await h.driver.readGrant(grant.refs)).status).toBe("expired");
  });
});

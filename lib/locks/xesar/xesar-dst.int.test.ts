import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantRequest, TimeWindow } from "../types";
import { DEMO_ACCESS_POINTS } from "./simulator/demo-installation";
import { createXesarHarness, type XesarHarness } from "./testing/harness";

// DST all the way into the lock's payload: Vienna springs forward on 2027-03-28 (02:00 CET -> 03:00 CEST,
// at 01:00 UTC) and falls back on 2027-10-31 (03:00 CEST -> 02:00 CET, at 01:00 UTC). Xesar gets offset-less
// local times, so a window's local length differs from its UTC length on these nights.

const door = DEMO_ACCESS_POINTS.meetingRoom;

describe("xesar: windows over the Vienna DST nights", () => {
  let h: XesarHarness;
  beforeAll(async () => {
    h = await createXesarHarness();
  });
  afterAll(async () => h?.close());

  const grantOver = async (window: TimeWindow) => {
    // Issued an hour before the window: the registration code (48 h) is still valid when the holder activates.
    h.setClock(new Date(window.start.getTime() - 3_600_000));
    const request: GrantRequest = {
      idempotencyKey: randomUUID(),
      holder: { name: "Dana Dst", phone: "+43664765432", language: "en", externalId: randomUUID() },
      targets: [{ kind: "accessPoint", id: door }],
      window,
      credential: { type: "mobile_key" },
    };
    const grant = await h.driver.grant(request);
    const sent = h.simulator.control.received("command").find((m) => m.name === "AddSmartphoneToInstallationMapi" && m.payload.id === grant.refs.mediumId);
    return { grant, wire: { accessBeginAt: sent?.payload.accessBeginAt, accessEndAt: sent?.payload.accessEndAt } };
  };

  it("spring forward: 00:30-01:30 UTC is 01:30 CET to 03:30 CEST on the wire, and reads back to the same UTC", async () => {
    const window = { start: new Date("2027-03-28T00:30:00Z"), end: new Date("2027-03-28T01:30:00Z") };
    const { grant, wire } = await grantOver(window);
    expect(wire).toEqual({ accessBeginAt: "2027-03-28T01:30", accessEndAt: "2027-03-28T03:30" });
    expect((await h.driver.readGrant(grant.refs)).window).toEqual(window);

    // The simulated door judges in local time, like the real one: open until 03:30 CEST = 01:30 UTC.
    await h.activate(grant);
    h.setClock(new Date("2027-03-28T01:15:00Z"));
    expect(await h.attemptAccess(grant, door)).toBe("permitted");
    h.setClock(new Date("2027-03-28T01:45:00Z"));
    expect(await h.attemptAccess(grant, door)).toBe("denied");
  });

  it("fall back: 23:30-02:30 UTC is 01:30 CEST to 03:30 CET on the wire, and reads back to the same UTC", async () => {
    const window = { start: new Date("2027-10-30T23:30:00Z"), end: new Date("2027-10-31T02:30:00Z") };
    const { grant, wire } = await grantOver(window);
    expect(wire).toEqual({ accessBeginAt: "2027-10-31T01:30", accessEndAt: "2027-10-31T03:30" });
    expect((await h.driver.readGrant(grant.refs)).window).toEqual(window);

    await h.activate(grant);
    // Both passes through 02:30 local are inside the window.
    for (const at of ["2027-10-31T00:30:00Z", "2027-10-31T01:30:00Z", "2027-10-31T02:15:00Z"]) {
      h.setClock(new Date(at));
      expect(await h.attemptAccess(grant, door), at).toBe("permitted");
    }
    h.setClock(new Date("2027-10-31T02:45:00Z"));
    expect(await h.attemptAccess(grant, door)).toBe("denied");
  });

  it("moving a window onto the DST night sends the local times in place", async () => {
    const { grant } = await grantOver({ start: new Date("2027-03-20T09:00:00Z"), end: new Date("2027-03-20T10:00:00Z") });
    const moved = { start: new Date("2027-03-28T00:45:00Z"), end: new Date("2027-03-28T01:15:00Z") };
    const changed = await h.driver.changeWindow(grant.refs, moved, {
      idempotencyKey: randomUUID(),
      holder: { name: "Dana Dst", phone: "+43664765432", language: "en", externalId: randomUUID() },
      targets: [{ kind: "accessPoint", id: door }],
      window: moved,
      credential: { type: "mobile_key" },
    });
    expect(changed.refs.mediumId).toBe(grant.refs.mediumId);
    expect(changed.window).toEqual(moved);
    const sets = h.simulator.control
      .received("command")
      .filter((m) => m.payload.id === grant.refs.mediumId && m.name.startsWith("SetAccess"))
      .map((m) => [m.name, m.payload.accessBeginAt ?? m.payload.accessEndAt]);
    // Moving later past the old end: the end goes first, so begin never passes end.
    expect(sets).toEqual([
      ["SetAccessEndAtMapi", "2027-03-28T03:15"],
      ["SetAccessBeginAtMapi", "2027-03-28T01:45"],
    ]);
  });
});

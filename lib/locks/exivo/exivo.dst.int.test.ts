import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantRequest, TimeWindow } from "../types";
import { DEMO_COMPONENT_IDS } from "./simulator/demo-installation";
import { createExivoHarness, type ExivoHarness } from "./testing/harness";

// Bookings are made in the site's zone (Campus Zürich, Europe/Zurich); exivo wants UTC. Over the 2027
// daylight-saving nights the wire must carry the right instants: spring forward on 28 March (02:00 CET ->
// 03:00 CEST, the night is an hour shorter), fall back on 31 October (03:00 CEST -> 02:00 CET, an hour longer).

const ZONE = "Europe/Zurich";
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();

let h: ExivoHarness;
beforeAll(async () => {
  h = await createExivoHarness();
  h.setClock(new Date("2027-03-01T00:00:00Z"));
});
afterAll(async () => h?.close());

function request(window: TimeWindow): GrantRequest {
  return {
    idempotencyKey: randomUUID(),
    holder: { name: "Nora Night", phone: "+41791234599", email: null, language: "de", externalId: randomUUID() },
    targets: [{ kind: "accessPoint", id: DEMO_COMPONENT_IDS.laundry }],
    window,
    credential: { type: "pin_link" },
  };
}

async function wireWindowOf(window: TimeWindow) {
  const grant = await h.driver.grant(request(window));
  const posted = h.simulator.control.requests().filter((r) => r.method === "POST" && r.pathname.endsWith("/visit")).at(-1)!;
  const body = posted.body as { validFrom: string; validTo: string };
  return { grant, validFrom: body.validFrom, validTo: body.validTo };
}

describe("exivo DST: UTC RFC 3339 on the wire", () => {
  it("spring forward: 01:00-04:00 local on 28 March 2027 is 00:00Z-02:00Z (two real hours)", async () => {
    const window = { start: local("2027-03-28T01:00"), end: local("2027-03-28T04:00") };
    const { grant, validFrom, validTo } = await wireWindowOf(window);
    expect({ validFrom, validTo }).toEqual({ validFrom: "2027-03-28T00:00:00Z", validTo: "2027-03-28T02:00:00Z" });
    expect((await h.driver.readGrant(grant.refs)).window).toEqual(window);
  });

  it("spring forward: an overnight booking 22:00-08:00 local crosses the gap correctly", async () => {
    const { validFrom, validTo } = await wireWindowOf({ start: local("2027-03-27T22:00"), end: local("2027-03-28T08:00") });
    expect({ validFrom, validTo }).toEqual({ validFrom: "2027-03-27T21:00:00Z", validTo: "2027-03-28T06:00:00Z" });
  });

  it("fall back: 01:00-04:00 local on 31 October 2027 is 23:00Z-03:00Z (four real hours)", async () => {
    const window = { start: local("2027-10-31T01:00"), end: local("2027-10-31T04:00") };
    const { grant, validFrom, validTo } = await wireWindowOf(window);
    expect({ validFrom, validTo }).toEqual({ validFrom: "2027-10-30T23:00:00Z", validTo: "2027-10-31T03:00:00Z" });
    expect((await h.driver.readGrant(grant.refs)).window).toEqual(window);
  });

  it("fall back: the repeated hour's two 02:30s are distinct instants on the wire", async () => {
    // Wall-clock 02:30 happens twice that night: first in CEST (+02:00), an hour later in CET (+01:00).
    const first = DateTime.fromISO("2027-10-31T02:30:00+02:00").setZone(ZONE);
    const second = DateTime.fromISO("2027-10-31T02:30:00+01:00").setZone(ZONE);
    expect([first.toFormat("HH:mm ZZ"), second.toFormat("HH:mm ZZ")]).toEqual(["02:30 +02:00", "02:30 +01:00"]);
    const { validFrom, validTo } = await wireWindowOf({ start: first.toJSDate(), end: second.toJSDate() });
    expect({ validFrom, validTo }).toEqual({ validFrom: "2027-10-31T00:30:00Z", validTo: "2027-10-31T01:30:00Z" });
  });

  it("access follows the UTC instants at the door across the change", async () => {
    const { grant } = await wireWindowOf({ start: local("2027-10-31T01:00"), end: local("2027-10-31T04:00") });
    h.setClock(new Date("2027-10-31T02:30:00Z")); // 03:30 CET, inside
    expect(await h.attemptAccess(grant, DEMO_COMPONENT_IDS.laundry)).toBe("permitted");
    h.setClock(new Date("2027-10-31T03:00:00Z")); // 04:00 CET, the end (half-open)
    expect(await h.attemptAccess(grant, DEMO_COMPONENT_IDS.laundry)).toBe("denied");
    h.setClock(new Date("2027-03-01T00:00:00Z"));
  });
});

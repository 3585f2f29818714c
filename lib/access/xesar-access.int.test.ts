import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelBooking, createBooking, rescheduleBooking } from "@/lib/bookings/service";
import { DEMO_ACCESS_POINTS as P } from "@/lib/locks/xesar/simulator/demo-installation";
import { startXesarSimulator, type XesarSimulator } from "@/lib/locks/xesar/simulator/start-simulator";
import type { WEEKDAYS } from "@/lib/resources/rules";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { isSameWindow } from "./plan";
import { reconcileAccess } from "./reconcile";
import { auditOf, grantsOf, useAccessTestEnvironment, waitFor, waitForGrants } from "./testing/setup";
import { activateMobileKey, createXesarScenario, mediaOf, present, vienna } from "./testing/xesar-scenario";

// The access engine against the EVVA Xesar simulator (MQTT over mutual TLS): mobile keys, activation in
// the app, windows changed in place, local times across daylight saving, and unanswered commands.

const env = useAccessTestEnvironment();
let sim: XesarSimulator;
const now = vienna("2027-03-20T08:00");

beforeAll(async () => {
  sim = await startXesarSimulator({ controlPort: null, clock: vienna("2027-03-01T00:00") });
});
afterAll(async () => sim?.close());
beforeEach(() => {
  sim.control.clearFaults();
  sim.control.setClock(vienna("2027-03-01T00:00"));
});

type Scenario = Awaited<ReturnType<typeof createXesarScenario>>;

function book(s: Scenario, start: string, end: string) {
  const input = { resourceId: s.resource.id, start: vienna(start), end: vienna(end), forSomeoneElse: false, holderPhone: null, holderEmail: null };
  return createBooking({ actor: s.asResident, input, now });
}

const allDay = Object.fromEntries((["mon", "tue", "wed", "thu", "fri", "sat", "sun"] satisfies (typeof WEEKDAYS)[number][]).map((day) => [day, [{ from: "00:00", to: "24:00" }]]));

describe(`access engine on Xesar (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("confirm -> activation pending (code sent by SMS) -> activated in the app -> active, and the door opens in the window", async () => {
    const s = await createXesarScenario(env, sim);
    const booking = await book(s, "2027-03-22T10:00", "2027-03-22T11:00");
    const [pending] = await waitForGrants(env, booking.id, ["activation_pending"]);
    expect(pending).toMatchObject({ credentialType: "mobile_key", pinEncrypted: null, keyTokenHash: null });
    const [medium] = mediaOf(sim, s.resident.phone!);
    expect(medium).toMatchObject({ id: pending!.vendorRefs.mediumId, accessBeginAt: "2027-03-22T10:00", accessEndAt: "2027-03-22T11:00" });
    expect(new Set(medium!.targets.map((t) => t.id))).toEqual(new Set([P.meetingRoom, P.mainEntrance, P.cloakroom]));
    expect(sim.control.outbox().filter((sms) => sms.to === s.resident.phone)).toHaveLength(1);
    expect(await present(sim, medium!.id, P.meetingRoom, vienna("2027-03-22T10:30"))).toBe("denied");

    sim.control.setClock(vienna("2027-03-01T00:00"));
    await activateMobileKey(sim, medium!.id);
    const report = await reconcileAccess({ orgId: s.org.id });
    expect(report).toMatchObject({ checked: 1, repaired: 1, unreachable: 0 });
    const [active] = await grantsOf(env, booking.id);
    expect(active).toMatchObject({ status: "active" });
    expect(active!.activatedAt).toBeInstanceOf(Date);
    expect(await present(sim, medium!.id, P.meetingRoom, vienna("2027-03-22T10:30"))).toBe("permitted");
    expect(await present(sim, medium!.id, P.laundry, vienna("2027-03-22T10:30"))).toBe("denied");
    expect(await present(sim, medium!.id, P.meetingRoom, vienna("2027-03-22T11:05"))).toBe("denied");
    const actions = (await auditOf(env, [active!.id])).map((e) => e.action);
    expect(actions).toEqual(["access.requested", "access.in_progress", "access.activation_pending", "access.delivery_pending", "access.active"]);
  });

  it("reschedule -> the same mobile key gets the new window in place; it opens then and no longer at the old time", async () => {
    const s = await createXesarScenario(env, sim);
    const booking = await book(s, "2027-03-23T10:00", "2027-03-23T11:00");
    const [pending] = await waitForGrants(env, booking.id, ["activation_pending"]);
    await activateMobileKey(sim, pending!.vendorRefs.mediumId!);
    await reconcileAccess({ orgId: s.org.id });
    await rescheduleBooking({ actor: s.asResident, input: { bookingId: booking.id, version: booking.version, start: vienna("2027-03-23T15:00"), end: vienna("2027-03-23T16:30") }, now });
    wakeJobWorkers();
    const newWindow = { start: vienna("2027-03-23T15:00"), end: vienna("2027-03-23T16:30") };
    const [moved] = await waitFor(
      () => grantsOf(env, booking.id),
      (grants) => grants.length === 1 && grants[0]!.status === "active" && isSameWindow(grants[0]!.window, newWindow),
      { what: "the grant active with the new window" },
    );
    expect(moved!.id).toBe(pending!.id);
    const actions = (await auditOf(env, [moved!.id])).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(["access.in_progress", "access.active"]);
    const media = mediaOf(sim, s.resident.phone!);
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ accessBeginAt: "2027-03-23T15:00", accessEndAt: "2027-03-23T16:30", mediumState: "ACTIVE" });
    expect(await present(sim, media[0]!.id, P.meetingRoom, vienna("2027-03-23T15:30"))).toBe("permitted");
    expect(await present(sim, media[0]!.id, P.meetingRoom, vienna("2027-03-23T10:30"))).toBe("denied");
  });

  it("a booking in the spring-forward night gets the right local window at Xesar, buffers included", async () => {
    const s = await createXesarScenario(env, sim, {
      rule: { bufferBeforeMinutes: 15, bufferAfterMinutes: 15, credentialType: "mobile_key" },
      bookingRules: { openingHours: allDay },
    });
    // 01:00 CET to 04:00 CEST on 28 March 2027: two real hours (02:00 -> 03:00 does not exist).
    const booking = await book(s, "2027-03-28T01:00", "2027-03-28T04:00");
    expect(booking.period.end.getTime() - booking.period.start.getTime()).toBe(2 * 3_600_000);
    const [grant] = await waitForGrants(env, booking.id, ["activation_pending"]);
    expect(grant!.window).toEqual({ start: new Date("2027-03-27T23:45:00Z"), end: new Date("2027-03-28T02:15:00Z") });
    const [medium] = mediaOf(sim, s.resident.phone!);
    expect(medium).toMatchObject({ accessBeginAt: "2027-03-28T00:45", accessEndAt: "2027-03-28T04:15" });
    await activateMobileKey(sim, medium!.id);
    expect(await present(sim, medium!.id, P.meetingRoom, new Date("2027-03-28T01:30:00Z"))).toBe("permitted"); // 03:30 CEST
    expect(await present(sim, medium!.id, P.meetingRoom, new Date("2027-03-28T02:10:00Z"))).toBe("permitted"); // 04:10 CEST
    expect(await present(sim, medium!.id, P.meetingRoom, new Date("2027-03-28T02:20:00Z"))).toBe("denied"); // 04:20 CEST
  });

  it("an unanswered grant command is read back, not repeated: one mobile key, one AddSmartphone", async () => {
    const s = await createXesarScenario(env, sim);
    sim.control.injectFault({ kind: "drop_answers", count: 1, scope: "commands", only: ["AddSmartphoneToInstallationMapi"] });
    const sent = () => sim.control.received("command").filter((m) => m.name === "AddSmartphoneToInstallationMapi" && m.payload.phoneNumber === s.resident.phone);
    const booking = await book(s, "2027-03-24T10:00", "2027-03-24T11:00");
    const [grant] = await waitForGrants(env, booking.id, ["activation_pending"], 20_000);
    expect(sent()).toHaveLength(1);
    expect(mediaOf(sim, s.resident.phone!)).toHaveLength(1);
    expect(grant!.vendorRefs.mediumId).toBe(mediaOf(sim, s.resident.phone!)[0]!.id);
  });

  it("cancel -> the medium is revoked at Xesar, read back, and the door refuses it", async () => {
    const s = await createXesarScenario(env, sim);
    const booking = await book(s, "2027-03-25T10:00", "2027-03-25T11:00");
    const [pending] = await waitForGrants(env, booking.id, ["activation_pending"]);
    await activateMobileKey(sim, pending!.vendorRefs.mediumId!);
    await cancelBooking({ actor: s.asResident, input: { bookingId: booking.id }, now });
    await waitForGrants(env, booking.id, ["removed"]);
    const [medium] = mediaOf(sim, s.resident.phone!);
    expect(medium).toMatchObject({ mediumState: "REVOKED" });
    expect(await present(sim, medium!.id, P.meetingRoom, vienna("2027-03-25T10:30"))).toBe("denied");
  });
});

import { describe, expect, it } from "vitest";
import { cancelBooking } from "@/lib/bookings/service";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { bookRoom, createExivoScenario, EXIVO_NOW, pinOf, tryPin, useExivoSimulator, visitsOf, zurich } from "./testing/exivo-scenario";
import { auditOf, grantsOf, useAccessTestEnvironment, waitFor, waitForGrants } from "./testing/setup";

// The access engine when exivo misbehaves or a cancel comes at the worst moment: races with a grant in
// flight, retries without refs, outages and a revoke that answers OK but does nothing.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

describe(`access engine on exivo under faults (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("a cancel racing the grant in flight ends removed, with nothing left usable at exivo", async () => {
    const s = await createExivoScenario(env, t.sim);
    t.sim.control.injectFault({ kind: "on_request", match: "^POST /[^/]+/visit$", fault: { kind: "latency", ms: 400 } });
    const booking = await bookRoom(s, "2027-06-02T14:00", "2027-06-02T15:00");
    wakeJobWorkers();
    // The visit is being created at exivo right now; the cancel commits while the answer is on its way.
    await waitFor(
      async () => t.sim.control.requests().some((r) => r.method === "POST" && (r.body as { smsNr?: string } | undefined)?.smsNr === s.resident.phone),
      Boolean,
      { what: "the POST of the visit" },
    );
    expect((await grantsOf(env, booking.id)).map((g) => g.status)).toEqual(["in_progress"]);
    await cancelBooking({ actor: s.asResident, input: { bookingId: booking.id }, now: EXIVO_NOW });
    const [grant] = await waitForGrants(env, booking.id, ["removed"]);

    const visits = visitsOf(t.sim, s.resident.phone!);
    expect(visits).toHaveLength(1);
    expect(visits.every((visit) => visit.revoked)).toBe(true);
    expect(await tryPin(t.sim, visits[0]!.code, C.meetingRoom1, zurich("2027-06-02T14:30"))).toBe("denied");
    const actions = (await auditOf(env, [grant!.id])).map((event) => event.action);
    expect(actions).not.toContain("access.active");
    expect(actions.slice(-2)).toEqual(["access.removal_pending", "access.removed"]);
  });

  it("a cancel while the grant waits for a retry (no refs known) still leaves nothing usable at exivo", async () => {
    const s = await createExivoScenario(env, t.sim);
    // exivo refuses every create for now: the grant retries without ever learning a visit id.
    t.sim.control.injectFault({ kind: "on_request", match: "^POST /[^/]+/visit$", fault: { kind: "status", status: 500 } });
    const booking = await bookRoom(s, "2027-06-02T16:00", "2027-06-02T17:00");
    wakeJobWorkers();
    await waitFor(() => grantsOf(env, booking.id), (grants) => grants[0]?.status === "in_progress" && grants[0].attempts >= 2, { what: "retries" });
    await cancelBooking({ actor: s.asResident, input: { bookingId: booking.id }, now: EXIVO_NOW });
    wakeJobWorkers();
    await waitFor(() => grantsOf(env, booking.id), (grants) => grants[0]?.status === "removal_pending" && grants[0].lastError !== null, { what: "a removal attempt" });
    t.sim.control.clearFaults();
    await waitForGrants(env, booking.id, ["removed"]);
    // Whatever the unanswered attempts might have created is looked up by the grant's key and revoked. Here
    // they created nothing, so the look-up itself created the visit (exivo has no find-by-key) and revoked it.
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true]);
  });

  it("an outage (503 bursts, a 500 on the create) converges to active with exactly one visit", async () => {
    const s = await createExivoScenario(env, t.sim);
    t.sim.control.injectFault({ kind: "status", status: 503, count: 7, retryAfterSeconds: 0 });
    t.sim.control.injectFault({ kind: "on_request", match: "^POST /[^/]+/visit$", fault: { kind: "status", status: 500, count: 1 } });
    const booking = await bookRoom(s, "2027-06-05T10:00", "2027-06-05T11:00");
    const [grant] = await waitForGrants(env, booking.id, ["active"]);
    expect(grant!.attempts).toBeGreaterThanOrEqual(3);
    expect(grant!.lastError).toBeNull();
    expect(visitsOf(t.sim, s.resident.phone!)).toHaveLength(1);
    expect(await tryPin(t.sim, pinOf(grant!), C.meetingRoom1, zurich("2027-06-05T10:30"))).toBe("permitted");
    const actions = (await auditOf(env, [grant!.id])).map((event) => event.action);
    expect(actions).not.toContain("access.failed");
  });

  it("a lying revoke is not shown as removed: retried, flagged to admins, and removed once exivo really revokes", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-06T10:00", "2027-06-06T11:00");
    const [active] = await waitForGrants(env, booking.id, ["active"]);
    t.sim.control.injectFault({ kind: "lying_revoke" });
    await cancelBooking({ actor: s.asResident, input: { bookingId: booking.id }, now: EXIVO_NOW });
    wakeJobWorkers();
    await waitFor(() => auditOf(env, [active!.id]), (audit) => audit.some((e) => e.action === "access.removal_unconfirmed"), { what: "the flag" });
    const [pending] = await grantsOf(env, booking.id);
    expect(pending).toMatchObject({ status: "removal_pending" });
    expect(pending!.attempts).toBeGreaterThanOrEqual(3);
    expect(pending!.lastError).toMatch(/still reports the access as active/);
    expect(pending!.removedAt).toBeNull();
    // The lie is real: the PIN still opens the door.
    expect(await tryPin(t.sim, pinOf(active!), C.meetingRoom1, zurich("2027-06-06T10:30"))).toBe("permitted");

    t.sim.control.clearFaults();
    await waitForGrants(env, booking.id, ["removed"]);
    expect(await tryPin(t.sim, pinOf(active!), C.meetingRoom1, zurich("2027-06-06T10:30"))).toBe("denied");
  });

});

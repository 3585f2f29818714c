import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { cancelBooking, decideBooking, rescheduleBooking } from "@/lib/bookings/service";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { cleanUpAccess } from "./cleanup";
import { bookRoom, createExivoScenario, EXIVO_NOW, pinOf, tryPin, useExivoSimulator, visitsOf, zurich } from "./testing/exivo-scenario";
import { auditOf, grantsOf, useAccessTestEnvironment, waitForGrants } from "./testing/setup";

// The access engine against the dormakaba exivo simulator (PIN + digital-key link), through the real
// booking service, pg-boss workers and lock driver: the life of a grant, from confirmation to cleanup.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

describe(`access engine on exivo (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("confirm -> active, with the window and doors of the plan, and the PIN opens the door inside the window only", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-02T10:00", "2027-06-02T11:00");
    const [grant] = await waitForGrants(env, booking.id, ["active"]);
    expect(grant).toMatchObject({ credentialType: "pin_link", attempts: 1, lastError: null });
    expect(grant!.window).toEqual({ start: zurich("2027-06-02T09:45"), end: zurich("2027-06-02T11:15") });
    expect(grant!.doorIds).toHaveLength(3);
    expect(grant!.keyTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(grant!.pinEncrypted).toMatch(/^v1\./);

    const [visit] = visitsOf(t.sim, s.resident.phone!);
    expect(visit).toMatchObject({ id: grant!.vendorRefs.visitId, validFrom: "2027-06-02T07:45:00Z", validTo: "2027-06-02T09:15:00Z", revoked: false });
    expect(new Set(visit!.components)).toEqual(new Set([C.meetingRoom1, C.mainEntrance, C.cloakroom]));

    const pin = pinOf(grant!);
    expect(await tryPin(t.sim, pin, C.meetingRoom1, zurich("2027-06-02T09:50"))).toBe("permitted");
    expect(await tryPin(t.sim, pin, C.mainEntrance, zurich("2027-06-02T10:30"))).toBe("permitted");
    expect(await tryPin(t.sim, pin, C.laundry, zurich("2027-06-02T10:30"))).toBe("denied");
    expect(await tryPin(t.sim, pin, C.meetingRoom1, zurich("2027-06-02T09:40"))).toBe("denied");
    expect(await tryPin(t.sim, pin, C.meetingRoom1, zurich("2027-06-02T11:20"))).toBe("denied");

    const audit = await auditOf(env, [grant!.id]);
    expect(audit.map((event) => event.action)).toEqual(["access.requested", "access.in_progress", "access.active", "access.delivery_pending"]);
    expect(JSON.stringify(audit)).not.toContain(pin);
    // The grant and its sync job came with the booking's commit: no booking event job was needed.
    expect(await bookingJobs(booking.id)).toEqual(["booking.notify"]);
  });

  it("cancel -> removed once exivo confirms it, and the PIN is refused at the door", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-02T12:00", "2027-06-02T13:00");
    const [active] = await waitForGrants(env, booking.id, ["active"]);
    await cancelBooking({ actor: s.asResident, input: { bookingId: booking.id }, now: EXIVO_NOW });
    const [removed] = await waitForGrants(env, booking.id, ["removed"]);
    expect(removed).toMatchObject({ pinEncrypted: null, lastError: null });
    expect(removed!.removedAt).toBeInstanceOf(Date);
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true]);
    expect(await tryPin(t.sim, pinOf(active!), C.meetingRoom1, zurich("2027-06-02T12:30"))).toBe("denied");
    const actions = (await auditOf(env, [active!.id])).map((event) => event.action);
    expect(actions.slice(-2)).toEqual(["access.removal_pending", "access.removed"]);
  });

  it("reschedule -> the new access works before the old one is revoked; then only the new one opens", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-03T10:00", "2027-06-03T11:00");
    const [first] = await waitForGrants(env, booking.id, ["active"]);
    t.sim.control.clearRequests();
    await rescheduleBooking({ actor: s.asResident, input: { bookingId: booking.id, version: booking.version, start: zurich("2027-06-03T14:00"), end: zurich("2027-06-03T15:00") }, now: EXIVO_NOW });
    const [old, next] = await waitForGrants(env, booking.id, ["removed", "active"]);
    expect(old!.id).toBe(first!.id);
    expect(next!.window).toEqual({ start: zurich("2027-06-03T13:45"), end: zurich("2027-06-03T15:15") });

    // exivo saw the new visit created before the old one was revoked, and Keyslot recorded it in that order.
    const calls = t.sim.control.requests().map((r) => `${r.method} ${r.pathname}`);
    const created = calls.findIndex((call) => /^POST \/[^/]+\/visit$/.test(call));
    const revoked = calls.findIndex((call) => call.endsWith(`/visit/${first!.vendorRefs.visitId}/revoke`));
    expect(created).toBeGreaterThanOrEqual(0);
    expect(revoked).toBeGreaterThan(created);
    const audit = await auditOf(env, [old!.id, next!.id]);
    const at = (grantId: string, action: string) => audit.find((e) => e.entityId === grantId && e.action === action)!.createdAt.getTime();
    expect(at(next!.id, "access.active")).toBeLessThanOrEqual(at(old!.id, "access.removed"));

    expect(await tryPin(t.sim, pinOf(next!), C.meetingRoom1, zurich("2027-06-03T14:30"))).toBe("permitted");
    expect(await tryPin(t.sim, pinOf(first!), C.meetingRoom1, zurich("2027-06-03T10:30"))).toBe("denied");
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true, false]);
    // Moving a grant exivo already holds needs the driver: left to the booking event's job.
    expect(await bookingJobs(booking.id)).toEqual(["booking.notify", "booking.notify", "booking.rescheduled"]);
  });

  it("planning failing inside the booking's transaction: the booking still commits, and its event job issues the access", async () => {
    const { db } = env.database;
    // A grant written in the same transaction as its booking fails (as a bug or a lost connection in the
    // planning would); written by any later transaction (the event job's) it goes through.
    await db.execute(sql`
      create function fail_grant_with_its_booking() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from bookings where id = new.booking_id and xmin::text = (txid_current() % 4294967296)::text) then
          raise exception 'planning failed (test)';
        end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger fail_grant_with_its_booking before insert on access_grants for each row execute function fail_grant_with_its_booking()`);
    try {
      const s = await createExivoScenario(env, t.sim);
      const booking = await bookRoom(s, "2027-06-05T10:00", "2027-06-05T11:00");
      expect(booking.status).toBe("confirmed");
      const [grant] = await waitForGrants(env, booking.id, ["active"]);
      expect(visitsOf(t.sim, s.resident.phone!)).toMatchObject([{ id: grant!.vendorRefs.visitId, revoked: false }]);
      expect(await bookingJobs(booking.id)).toEqual(["booking.confirmed", "booking.notify"]);
    } finally {
      await db.execute(sql`drop trigger fail_grant_with_its_booking on access_grants`);
      await db.execute(sql`drop function fail_grant_with_its_booking`);
    }
  });

  it("decline of a pending booking -> no grant and nothing at exivo", async () => {
    const s = await createExivoScenario(env, t.sim, { requiresApproval: true });
    const booking = await bookRoom(s, "2027-06-04T10:00", "2027-06-04T11:00");
    expect(booking.status).toBe("pending");
    await decideBooking({ actor: s.asAdmin, input: { bookingId: booking.id, decision: "decline" }, now: EXIVO_NOW });
    // Settled in the decline's own transaction: no grant, and no job left that could still make one.
    expect(await bookingJobs(booking.id)).toEqual(["booking.notify", "booking.notify"]);
    expect(await grantsOf(env, booking.id)).toEqual([]);
    expect(visitsOf(t.sim, s.resident.phone!)).toEqual([]);
  });

  it("the daily cleanup expires an ended grant, removes the leftover at exivo and erases PIN and link", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-07T10:00", "2027-06-07T11:00");
    const [active] = await waitForGrants(env, booking.id, ["active"]);
    const after = zurich("2027-06-08T03:30");
    t.sim.control.setClock(after);
    const report = await cleanUpAccess({ now: after });
    expect(report.expired).toBeGreaterThanOrEqual(1);
    expect(report.erased).toBeGreaterThanOrEqual(1);
    const [expired] = await grantsOf(env, booking.id);
    expect(expired).toMatchObject({ status: "expired", pinEncrypted: null, keyTokenHash: null });
    expect(expired!.removedAt).toBeInstanceOf(Date);
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true]);
    const audit = await auditOf(env, [active!.id]);
    expect(audit.at(-1)).toMatchObject({ action: "access.expired" });
  });
});

/** The names of the jobs about one booking (sync jobs name the grant, not the booking). */
async function bookingJobs(bookingId: string): Promise<string[]> {
  const { rows } = await env.database.executeSql("select name from pgboss.job where data->>'bookingId' = $1 order by name", [bookingId]);
  return rows.map((row) => row.name as string);
}

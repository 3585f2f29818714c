import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, bookings, notifications } from "@/db/schema";
import { syncBookingAccess } from "@/lib/access/booking-access";
import { getKeyGrant } from "@/lib/access/key-access";
import { reconcileAccess } from "@/lib/access/reconcile";
import { bookRoom, createExivoScenario, pinOf, tryPin, useExivoSimulator, visitsOf, zurich, type ExivoScenario } from "@/lib/access/testing/exivo-scenario";
import { auditOf, grantsOf, useAccessTestEnvironment, waitFor, waitForGrants } from "@/lib/access/testing/setup";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { actAs } from "@/lib/testing/session-double";
import { getAccessUrlAction, getLockSystemLinkAction, reissueAccessAction, revealPinAction, revokeAccessAction } from "./access-actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// The booking detail's access actions against the exivo simulator, through the real engine and workers:
// what an admin does with one access, and what the engine then does (and does not do) with it.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

async function activeBooking(s: ExivoScenario, start: string, end: string) {
  const booking = await bookRoom(s, start, end);
  const [grant] = await waitForGrants(env, booking.id, ["active"]);
  return { booking, grant: grant! };
}

async function keyMessages(grantId: string) {
  return env.database.db.select().from(notifications).where(eq(notifications.dedupeKey, `access.key:${grantId}:email`));
}

describe(`cockpit access actions on exivo (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("reveals the PIN to the admin on request, and the audit log says who saw it (without the PIN)", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { grant } = await activeBooking(s, "2027-06-02T10:00", "2027-06-02T11:00");
    actAs(s.admin, s.org.id);
    const result = await revealPinAction({ grantId: grant.id });
    expect(result).toEqual({ ok: true, data: { pin: pinOf(grant) } });
    const audit = await auditOf(env, [grant.id]);
    const reveal = audit.find((event) => event.action === "access.pin_revealed");
    expect(reveal).toMatchObject({ actorUserId: s.admin.id, orgId: s.org.id });
    expect(JSON.stringify(audit)).not.toContain(pinOf(grant));
  });

  it("gives the access URL that the digital-key page accepts, audited", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { grant } = await activeBooking(s, "2027-06-02T12:00", "2027-06-02T13:00");
    actAs(s.admin, s.org.id);
    const result = await getAccessUrlAction({ grantId: grant.id });
    if (!result.ok) throw new Error(result.error);
    const match = /^http:\/\/localhost:3000\/key\/([A-Za-z0-9_-]{43})$/.exec(result.data.url);
    expect(match).not.toBeNull();
    // The same link the holder got by e-mail, and the key page finds the grant by it.
    const [mail] = await keyMessages(grant.id);
    expect(mail!.text).toContain(result.data.url);
    expect(await getKeyGrant(match![1]!)).toMatchObject({ grantId: grant.id });
    const actions = (await auditOf(env, [grant.id])).filter((e) => e.actorUserId === s.admin.id).map((e) => e.action);
    expect(actions).toEqual(["access.key_link_copied"]);
  });

  it("links to exivo's own page of the visit", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { grant } = await activeBooking(s, "2027-06-02T14:00", "2027-06-02T15:00");
    actAs(s.admin, s.org.id);
    const result = await getLockSystemLinkAction({ grantId: grant.id });
    const [visit] = visitsOf(t.sim, s.resident.phone!);
    expect(result).toEqual({ ok: true, data: { url: visit!.link } });
  });

  it("re-issue: the old access is removed at exivo, a new one is active with a new PIN and a new delivery", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { booking, grant: old } = await activeBooking(s, "2027-06-03T10:00", "2027-06-03T11:00");
    actAs(s.admin, s.org.id);
    const result = await reissueAccessAction({ grantId: old.id });
    expect(result).toMatchObject({ ok: true });
    const [removed, next] = await waitForGrants(env, booking.id, ["removed", "active"]);
    expect(removed!.id).toBe(old.id);
    expect(next!.window).toEqual(old.window);
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true, false]);
    expect(await tryPin(t.sim, pinOf(next!), C.meetingRoom1, zurich("2027-06-03T10:30"))).toBe("permitted");
    expect(await tryPin(t.sim, pinOf(old), C.meetingRoom1, zurich("2027-06-03T10:30"))).toBe("denied");
    // A new message with the new PIN, beside the old one.
    const [mail] = await waitFor(() => keyMessages(next!.id), (rows) => rows.length === 1, { what: "the new key e-mail" });
    expect(mail!.text).toContain(pinOf(next!));
    expect(await keyMessages(old.id)).toHaveLength(1);
    const reissued = (await auditOf(env, [old.id])).find((e) => e.action === "access.reissued");
    expect(reissued).toMatchObject({ actorUserId: s.admin.id, data: { newGrantId: next!.id } });
    const [row] = await env.database.db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(row).toMatchObject({ status: "confirmed", version: booking.version });
  });

  it("revoke: removed after exivo's read-back, the booking untouched, and neither a booking sync nor reconciliation brings it back", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { booking, grant } = await activeBooking(s, "2027-06-04T10:00", "2027-06-04T11:00");
    actAs(s.admin, s.org.id);
    expect(await revokeAccessAction({ grantId: grant.id })).toMatchObject({ ok: true, data: { status: "removal_pending" } });
    const [removed] = await waitForGrants(env, booking.id, ["removed"]);
    expect(removed!.removedAt).toBeInstanceOf(Date);
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true]);
    expect(await tryPin(t.sim, pinOf(grant), C.meetingRoom1, zurich("2027-06-04T10:30"))).toBe("denied");
    const [row] = await env.database.db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(row).toMatchObject({ status: "confirmed", version: booking.version });

    // A late booking event and the scheduled reconciliation: the admin's decision stands.
    await syncBookingAccess({ orgId: s.org.id, bookingId: booking.id });
    await reconcileAccess({ orgId: s.org.id });
    expect((await grantsOf(env, booking.id)).map((g) => g.status)).toEqual(["removed"]);
    expect(visitsOf(t.sim, s.resident.phone!)).toHaveLength(1);
    const revokedBy = await env.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, grant.id), eq(auditEvents.action, "access.revoked_by_admin")));
    expect(revokedBy).toMatchObject([{ actorUserId: s.admin.id }]);

    // Revoking again changes nothing; re-issuing lifts the hold.
    expect(await revokeAccessAction({ grantId: grant.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await reissueAccessAction({ grantId: grant.id })).toMatchObject({ ok: true });
    await waitForGrants(env, booking.id, ["removed", "active"]);
  });

  it("the PIN and URL of a removed access are gone", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { booking, grant } = await activeBooking(s, "2027-06-05T10:00", "2027-06-05T11:00");
    actAs(s.admin, s.org.id);
    await revokeAccessAction({ grantId: grant.id });
    await waitForGrants(env, booking.id, ["removed"]);
    expect(await revealPinAction({ grantId: grant.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await getAccessUrlAction({ grantId: grant.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

import { describe, expect, it, vi } from "vitest";
import { asc, eq } from "drizzle-orm";
import { accessRules, auditEvents, notifications } from "@/db/schema";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { checkKeyPin, getKeyGrant, openKeyDoor } from "./key-access";
import { bookRoom, createExivoScenario, pinOf, useExivoSimulator, zurich, type ExivoScenario } from "./testing/exivo-scenario";
import { useAccessTestEnvironment, waitFor, waitForGrants } from "./testing/setup";

// Delivery of the digital key and the /key/[token] service (PIN check with lockout, remote opening) against
// the exivo simulator, through the real booking service and workers.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

async function messagesTo(recipient: string) {
  return env.database.db.select().from(notifications).where(eq(notifications.recipient, recipient));
}

/** Books the room, waits for the grant and returns the token from the delivered e-mail, and the PIN. */
async function bookWithKey(s: ExivoScenario, start: string, end: string) {
  const booking = await bookRoom(s, start, end);
  const [grant] = await waitForGrants(env, booking.id, ["active"]);
  const [mail] = await waitFor(
    async () => (await messagesTo(s.resident.email)).filter((m) => m.dedupeKey === `access.key:${grant!.id}:email`),
    (rows) => rows.length > 0,
    { what: "the digital-key e-mail" },
  );
  const token = /\/key\/([A-Za-z0-9_-]{43})/.exec(mail!.text)![1]!;
  return { booking, grant: grant!, token, pin: pinOf(grant!), mail: mail! };
}

const wrongPin = (pin: string) => (pin === "000000" ? "111111" : "000000");

describe(`digital key (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("delivers PIN, link, doors and the window in the site's zone by e-mail, and by SMS when the rule says so", async () => {
    const s = await createExivoScenario(env, t.sim);
    await env.database.db.update(accessRules).set({ sendPinBySms: true }).where(eq(accessRules.resourceId, s.resource.id));
    const { grant, token, pin, mail } = await bookWithKey(s, "2027-06-02T10:00", "2027-06-02T11:00");
    expect(mail).toMatchObject({ channel: "email", orgId: s.org.id });
    expect(mail.text).toContain(pin);
    expect(mail.text).toContain(`http://localhost:3000/key/${token}`);
    expect(mail.text).toMatch(/Main entrance.*Meeting room 1|Cloakroom/);
    expect(mail.text).toContain("09:45");
    expect(mail.text).toContain("11:15");
    expect(mail.expiresAt).toEqual(grant.window.end);
    const [sms] = (await messagesTo(s.resident.phone!)).filter((m) => m.kind === "access.key");
    expect(sms).toMatchObject({ channel: "sms" });
    expect(sms!.text).toContain(pin);
    expect(sms!.text).toContain(`/key/${token}`);
    // Delivered by its job (to the dev mailbox here) and never in the audit log.
    await waitFor(async () => (await messagesTo(s.resident.email)).find((m) => m.id === mail.id)!.status, (status) => status !== "queued", { what: "delivery" });
    const audit = await env.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, grant.id));
    expect(JSON.stringify(audit)).not.toContain(pin);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(await getKeyGrant(token)).toMatchObject({ grantId: grant.id, timeZone: "Europe/Zurich" });
    expect((await getKeyGrant(token))!.doors.map((d) => d.name)).toEqual(["Cloakroom / WC", "Main entrance", "Meeting room 1"]);
  });

  it("no SMS without the rule; an unknown token finds nothing", async () => {
    const s = await createExivoScenario(env, t.sim);
    await bookWithKey(s, "2027-06-03T10:00", "2027-06-03T11:00");
    expect(await messagesTo(s.resident.phone!)).toEqual([]);
    expect(await getKeyGrant("x".repeat(43))).toBeNull();
    expect(await checkKeyPin({ token: "nope", pin: "123456", clientAddress: "10.0.0.1" })).toBeNull();
  });

  it("locks a token after 5 wrong PINs, for every address and across a fresh module load", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { token, pin } = await bookWithKey(s, "2027-06-04T10:00", "2027-06-04T11:00");
    expect(await checkKeyPin({ token, pin, clientAddress: "10.1.0.1" })).toEqual({ result: "ok" });
    for (let i = 1; i <= 4; i++) {
      expect(await checkKeyPin({ token, pin: wrongPin(pin), clientAddress: `10.1.0.${i}` })).toEqual({ result: "wrong", attemptsLeft: 5 - i });
    }
    expect(await checkKeyPin({ token, pin: wrongPin(pin), clientAddress: "10.1.0.5" })).toEqual({ result: "locked" });
    expect(await checkKeyPin({ token, pin, clientAddress: "10.1.0.6" })).toEqual({ result: "locked" });
    vi.resetModules();
    const fresh = await import("./key-access");
    expect(await fresh.checkKeyPin({ token, pin, clientAddress: "10.1.0.7" })).toEqual({ result: "locked" });
    // Still locked 14 minutes on, open again after 15.
    expect(await fresh.checkKeyPin({ token, pin, clientAddress: "10.1.0.7", now: new Date(Date.now() + 14 * 60_000) })).toEqual({ result: "locked" });
    expect(await fresh.checkKeyPin({ token, pin, clientAddress: "10.1.0.7", now: new Date(Date.now() + 16 * 60_000) })).toEqual({ result: "ok" });
  });

  it("locks an address after 5 wrong PINs across tokens, while other addresses still get in", async () => {
    const s = await createExivoScenario(env, t.sim);
    const first = await bookWithKey(s, "2027-06-05T10:00", "2027-06-05T11:00");
    const second = await bookWithKey(s, "2027-06-05T14:00", "2027-06-05T15:00");
    for (let i = 0; i < 3; i++) await checkKeyPin({ token: first.token, pin: wrongPin(first.pin), clientAddress: "203.0.113.9" });
    expect(await checkKeyPin({ token: second.token, pin: wrongPin(second.pin), clientAddress: "203.0.113.9" })).toEqual({ result: "wrong", attemptsLeft: 1 });
    expect(await checkKeyPin({ token: second.token, pin: wrongPin(second.pin), clientAddress: "203.0.113.9" })).toEqual({ result: "locked" });
    expect(await checkKeyPin({ token: second.token, pin: second.pin, clientAddress: "203.0.113.9" })).toEqual({ result: "locked" });
    expect(await checkKeyPin({ token: second.token, pin: second.pin, clientAddress: "198.51.100.7" })).toEqual({ result: "ok" });
    const actions = await env.database.db
      .select({ action: auditEvents.action, data: auditEvents.data })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, second.grant.id))
      .orderBy(asc(auditEvents.createdAt));
    expect(actions.filter((a) => a.action.startsWith("key.pin")).map((a) => a.action)).toEqual(["key.pin_failed", "key.pin_failed", "key.pin_locked", "key.pin_ok"]);
    expect(JSON.stringify(actions)).not.toContain("203.0.113.9");
    expect(JSON.stringify(actions)).not.toContain(second.pin);
  });

  it("opens a door through exivo inside the window only, and audits every try", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { token, grant } = await bookWithKey(s, "2027-06-06T10:00", "2027-06-06T11:00");
    const key = (await getKeyGrant(token))!;
    const room = key.doors.find((d) => d.vendorId === C.meetingRoom1)!;
    t.sim.control.setClock(zurich("2027-06-06T10:30"));
    const before = t.sim.control.unlocks().length;
    expect(await openKeyDoor({ key, doorId: room.id, clientAddress: "10.2.0.1", now: zurich("2027-06-06T09:40") })).toMatchObject({ result: "not_yet" });
    expect(await openKeyDoor({ key, doorId: room.id, clientAddress: "10.2.0.1", now: zurich("2027-06-06T11:16") })).toMatchObject({ result: "over" });
    expect(t.sim.control.unlocks().length).toBe(before);
    expect(await openKeyDoor({ key, doorId: room.id, clientAddress: "10.2.0.1", now: zurich("2027-06-06T10:30") })).toEqual({ result: "opened", door: "Meeting room 1" });
    expect(t.sim.control.unlocks().slice(before)).toEqual([expect.objectContaining({ componentId: C.meetingRoom1, via: "api" })]);
    expect(await openKeyDoor({ key, doorId: "00000000-0000-0000-0000-000000000000", clientAddress: "10.2.0.1", now: zurich("2027-06-06T10:30") })).toEqual({ result: "unknown_door" });
    const audit = await env.database.db.select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.entityId, grant.id)).orderBy(asc(auditEvents.createdAt));
    expect(audit.filter((a) => a.action.startsWith("key.")).map((a) => [a.action, a.data.reason ?? a.data.door])).toEqual([
      ["key.open_refused", "not_yet"],
      ["key.open_refused", "over"],
      ["key.door_opened", "Meeting room 1"],
    ]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });
});

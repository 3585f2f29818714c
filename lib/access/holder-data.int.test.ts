import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createBooking, createOrganization, createResource, createSite, hoursFrom } from "@/db/factories";
import { useTestDatabase } from "@/db/testing-hooks";
import { accessGrants, auditEvents, bookings, lockIntegrations, notifications } from "@/db/schema";
import { cleanUpAccess } from "./cleanup";
import { ERASED_TEXT, MINIMISED_HOLDER_NAME } from "./holder-data";

// The daily cleanup's data minimisation: bookings that ended more than the retention period ago lose their
// holder's contact data, their messages lose recipient and content; newer bookings keep everything.

const t = useTestDatabase();
const DAY = 86_400_000;
const now = new Date("2027-09-01T03:00:00Z");

async function setUp() {
  const { db } = t.database;
  const org = await createOrganization(db);
  const site = await createSite(db, org.id);
  const resource = await createResource(db, org.id, site.id);
  const [integration] = await db.insert(lockIntegrations).values({ orgId: org.id, vendor: "exivo", name: "exivo" }).returning();
  const holder = { holderName: "Anna Muster", holderPhone: "+41791234567", holderEmail: "anna@example.test", note: "Birthday party" };
  const old = await createBooking(db, org.id, resource.id, { ...holder, period: hoursFrom(new Date(now.getTime() - 91 * DAY), 0, 2) });
  const recent = await createBooking(db, org.id, resource.id, { ...holder, period: hoursFrom(new Date(now.getTime() - 89 * DAY), 0, 2) });
  const grantOf = async (booking: typeof old) => {
    const [grant] = await db
      .insert(accessGrants)
      .values({ orgId: org.id, bookingId: booking.id, integrationId: integration!.id, window: booking.period, credentialType: "pin_link", status: "expired", idempotencyKey: `key-${booking.id}` })
      .returning();
    return grant!;
  };
  const [oldGrant, recentGrant] = [await grantOf(old), await grantOf(recent)];
  const message = (dedupeKey: string, channel: "email" | "sms" = "email") => ({
    orgId: org.id,
    channel,
    kind: dedupeKey.split(":")[0]!,
    dedupeKey,
    recipient: channel === "sms" ? "+41791234567" : "anna@example.test",
    subject: channel === "sms" ? null : "Your booking",
    text: "Hello Anna, PIN 123456",
    html: channel === "sms" ? null : "<p>Hello Anna</p>",
    attachments: channel === "sms" ? [] : [{ filename: "booking.ics", contentType: "text/calendar", content: "QkVHSU4=" }],
    status: "sent" as const,
  });
  const oldKeys = [`booking.confirmed:${old.id}:v1:anna@example.test`, `access.key:${oldGrant.id}:email`, `access.key:${oldGrant.id}:sms`, `access.start_alert:${oldGrant.id}:admin`];
  const recentKeys = [`booking.confirmed:${recent.id}:v1:anna@example.test`, `access.key:${recentGrant.id}:sms`];
  await db.insert(notifications).values([...oldKeys, ...recentKeys].map((key) => message(key, key.endsWith(":sms") ? "sms" : "email")));
  const unrelated = await db.insert(notifications).values(message("auth.magic_link:anna")).returning();
  return { old, recent, oldKeys, recentKeys, unrelated: unrelated[0]! };
}

describe(`holder-data minimisation (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("minimises bookings past the retention period and erases their messages; newer ones keep everything; counts audited", async () => {
    const { db } = t.database;
    const s = await setUp();
    const report = await cleanUpAccess({ now, retentionDays: 90 });
    expect(report).toMatchObject({ holdersMinimised: 1, notificationsErased: s.oldKeys.length });

    const [old] = await db.select().from(bookings).where(eq(bookings.id, s.old.id));
    expect(old).toMatchObject({ holderName: MINIMISED_HOLDER_NAME, holderPhone: null, holderEmail: null, note: null, status: "confirmed" });
    expect(old!.period).toEqual(s.old.period);
    const [recent] = await db.select().from(bookings).where(eq(bookings.id, s.recent.id));
    expect(recent).toMatchObject({ holderName: "Anna Muster", holderPhone: "+41791234567", holderEmail: "anna@example.test", note: "Birthday party" });

    const rows = await db.select().from(notifications);
    const byKey = new Map(rows.map((row) => [row.dedupeKey, row]));
    const erased = rows.filter((row) => row.text === ERASED_TEXT);
    expect(erased).toHaveLength(s.oldKeys.length);
    for (const row of erased) expect(row).toMatchObject({ recipient: ERASED_TEXT, subject: null, html: null, attachments: [], status: "sent" });
    // The booking confirmation's key named its recipient: now it names the message instead.
    const confirmation = erased.find((row) => row.kind === "booking.confirmed")!;
    expect(confirmation.dedupeKey).toBe(`booking.confirmed:${s.old.id}:v1:erased:${confirmation.id}`);
    for (const key of s.oldKeys.filter((key) => key.startsWith("access."))) expect(byKey.get(key)!.text).toBe(ERASED_TEXT);
    for (const key of [...s.recentKeys, s.unrelated.dedupeKey]) {
      expect(byKey.get(key)).toMatchObject({ text: "Hello Anna, PIN 123456" });
      expect(byKey.get(key)!.recipient).not.toBe(ERASED_TEXT);
    }
    expect(JSON.stringify(erased)).not.toMatch(/Anna|anna@|4567/);

    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.action, "access.cleanup"));
    expect(audit!.data).toMatchObject({ holdersMinimised: 1, notificationsErased: s.oldKeys.length });
    expect(JSON.stringify(audit!.data)).not.toMatch(/Anna|anna@/);

    // The next day's run finds nothing more to do.
    expect(await cleanUpAccess({ now: new Date(now.getTime() + DAY), retentionDays: 90 })).toMatchObject({ holdersMinimised: 0, notificationsErased: 0 });
  });

  it("a shorter retention period reaches the newer booking too", async () => {
    const s = await setUp();
    const report = await cleanUpAccess({ now, retentionDays: 30 });
    expect(report).toMatchObject({ holdersMinimised: 2, notificationsErased: s.oldKeys.length + s.recentKeys.length });
  });
});

import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, notifications } from "@/db/schema";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { listAccessAlerts } from "./queries";
import { checkStartGuarantee, START_ALERT_KIND } from "./start-alerts";
import { bookRoom, createExivoScenario, useExivoSimulator, zurich, type ExivoScenario } from "./testing/exivo-scenario";
import { grantsOf, useAccessTestEnvironment, waitFor, waitForGrants } from "./testing/setup";

// The start-time guarantee: access not ready 30 minutes before the booking starts alerts the admins, once.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

async function alertsOf(s: ExivoScenario) {
  const { db } = env.database;
  const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.orgId, s.org.id), eq(auditEvents.action, START_ALERT_KIND)));
  const mail = await db.select().from(notifications).where(and(eq(notifications.orgId, s.org.id), eq(notifications.kind, START_ALERT_KIND)));
  return { audit, mail };
}

describe(`start-time guarantee (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("a grant stuck failing 20 minutes before the start raises exactly one alert and one admin e-mail", async () => {
    const s = await createExivoScenario(env, t.sim);
    t.sim.control.injectFault({ kind: "status", status: 503, retryAfterSeconds: 0 });
    const booking = await bookRoom(s, "2027-06-01T08:30", "2027-06-01T09:30");
    wakeJobWorkers();
    await waitFor(() => grantsOf(env, booking.id), (grants) => (grants[0]?.attempts ?? 0) >= 2, { what: "failing attempts" });

    // 40 minutes before the start: not yet due.
    expect(await checkStartGuarantee({ now: zurich("2027-06-01T07:50"), orgId: s.org.id, minutes: 30 })).toEqual({ alerted: 0, messages: 0 });
    const due = zurich("2027-06-01T08:10");
    expect(await checkStartGuarantee({ now: due, orgId: s.org.id, minutes: 30 })).toEqual({ alerted: 1, messages: 1 });
    // The next minutes' checks do not alert again.
    expect(await checkStartGuarantee({ now: zurich("2027-06-01T08:11"), orgId: s.org.id, minutes: 30 })).toEqual({ alerted: 0, messages: 0 });

    const [grant] = await grantsOf(env, booking.id);
    const { audit, mail } = await alertsOf(s);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "access_grant", entityId: grant!.id });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: s.admin.email, channel: "email", status: "delivered_to_dev_mailbox" });
    expect(mail[0]!.subject).toContain("Door access not ready");
    expect(mail[0]!.text).toContain(s.resource.name);

    const alerts = await listAccessAlerts({ orgId: s.org.id });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ bookingId: booking.id, grantId: grant!.id, open: true });
    t.sim.control.clearFaults();
  });

  it("an active grant raises no alert", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-01T09:00", "2027-06-01T10:00");
    await waitForGrants(env, booking.id, ["active"]);
    expect(await checkStartGuarantee({ now: zurich("2027-06-01T08:40"), orgId: s.org.id, minutes: 30 })).toEqual({ alerted: 0, messages: 0 });
    const { audit, mail } = await alertsOf(s);
    expect(audit).toHaveLength(0);
    expect(mail).toHaveLength(0);
    expect(await listAccessAlerts({ orgId: s.org.id })).toHaveLength(0);
  });
});

import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { createBooking } from "@/db/factories";
import { createBookingGrant } from "./booking-access";
import { claimGrant, releaseClaim } from "./claim";
import { loadBookingAccess } from "./load-plan";
import { GrantTransitionError, transitionGrant } from "./transitions";
import { createAccessScenario, useAccessTestEnvironment } from "./testing/setup";

// One worker per grant: the claim is what keeps a revoke from running while the grant is being provisioned.

const env = useAccessTestEnvironment();

async function createIdleGrant() {
  const { db } = env.database;
  const s = await createAccessScenario(env, {
    vendor: "exivo",
    // Never contacted: these tests stop before any vendor call.
    settings: { baseUrl: "http://127.0.0.1:9/v1", siteId: "5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11" },
    credentials: { apiKey: "k", apiSecret: "s" },
    doors: [{ vendorId: "door-1", kind: "component", name: "Door" }],
    accessIdentifier: "accessPoint:door-1",
    timeZone: "Europe/Zurich",
    holderPhone: "+41791111111",
  });
  const booking = await createBooking(db, s.org.id, s.resource.id, { period: { start: new Date("2027-07-01T08:00:00Z"), end: new Date("2027-07-01T09:00:00Z") } });
  const access = await loadBookingAccess(db, { orgId: s.org.id, bookingId: booking.id });
  return db.transaction(async (tx) => {
    const grant = await createBookingGrant(tx, booking, access!.plan!);
    // No worker may take it: these tests claim it themselves.
    await tx.execute(sql`delete from pgboss.job where name = 'access.sync' and data->>'grantId' = ${grant.id}`);
    return grant;
  });
}

describe(`grant claims (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("gives a grant to one worker at a time, moving it to in_progress on the first claim", async () => {
    const grant = await createIdleGrant();
    const claims = await Promise.all([claimGrant(grant.id), claimGrant(grant.id), claimGrant(grant.id)]);
    const won = claims.filter((claim) => claim !== null);
    expect(won).toHaveLength(1);
    expect(won[0]!.grant).toMatchObject({ status: "in_progress", attempts: 1 });
    expect(won[0]!.lease.getTime()).toBeGreaterThan(Date.now());
  });

  it("frees a grant whose finish failed, so the job's retry can claim it again", async () => {
    const grant = await createIdleGrant();
    const first = await claimGrant(grant.id);
    expect(await claimGrant(grant.id)).toBeNull();
    await releaseClaim(first!);
    const second = await claimGrant(grant.id);
    expect(second?.grant.attempts).toBe(2);
  });

  it("marks only the claim from requested as a first attempt: any later one may follow a call that reached the vendor", async () => {
    const grant = await createIdleGrant();
    const first = await claimGrant(grant.id);
    expect(first?.firstAttempt).toBe(true);
    await releaseClaim(first!);
    const second = await claimGrant(grant.id);
    expect(second).toMatchObject({ firstAttempt: false, grant: { status: "in_progress", attempts: 2 } });
  });

  it("audits the edge requested -> in_progress once, in the claim's own statement", async () => {
    const grant = await createIdleGrant();
    const first = await claimGrant(grant.id);
    await releaseClaim(first!);
    await claimGrant(grant.id);
    const events = await env.database.db
      .select({ action: auditEvents.action, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, grant.id), eq(auditEvents.action, "access.in_progress")));
    expect(events).toEqual([{ action: "access.in_progress", data: { from: "requested", bookingId: grant.bookingId, attempts: 1 } }]);
  });
});

describe(`grant transitions (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("writes a new grant with its access.requested event (plan summary, no secret) in one statement", async () => {
    const grant = await createIdleGrant();
    const events = await env.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, grant.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ orgId: grant.orgId, action: "access.requested", entityType: "access_grant", actorUserId: null });
    expect(events[0]!.data).toEqual({
      bookingId: grant.bookingId,
      bookingVersion: 1,
      credentialType: grant.credentialType,
      targets: 1,
      window: { start: grant.window.start.toISOString(), end: grant.window.end.toISOString() },
    });
  });

  it("changes the status and writes its audit event with the row's attempts and error in one statement", async () => {
    const grant = await createIdleGrant();
    const moved = await env.database.db.transaction((tx) =>
      transitionGrant(tx, grant, "in_progress", { patch: { attempts: 3, lastError: "exivo answered 503" }, data: { reason: "window_changed" } }),
    );
    expect(moved).toMatchObject({ id: grant.id, status: "in_progress", attempts: 3, lastError: "exivo answered 503" });
    expect(moved.updatedAt).toBeInstanceOf(Date);
    const events = await env.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, grant.id), eq(auditEvents.action, "access.in_progress")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ orgId: grant.orgId, actorUserId: null, entityType: "access_grant" });
    expect(events[0]!.data).toEqual({ from: "requested", bookingId: grant.bookingId, attempts: 3, error: "exivo answered 503", reason: "window_changed" });
  });

  it("refuses an edge from a status the grant no longer has, and writes nothing", async () => {
    const grant = await createIdleGrant();
    await env.database.db.transaction((tx) => transitionGrant(tx, grant, "in_progress"));
    // `grant` still says requested: another transaction moved it meanwhile.
    await expect(env.database.db.transaction((tx) => transitionGrant(tx, grant, "removed"))).rejects.toThrow(GrantTransitionError);
    const actions = (await env.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, grant.id))).map((e) => e.action);
    expect(actions).toEqual(["access.requested", "access.in_progress"]);
  });
});

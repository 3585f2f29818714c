import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { accessGrants } from "@/db/schema";
import { createBooking as insertBooking } from "@/db/factories";
import { createExivoDriver } from "@/lib/locks/exivo/driver";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { createBookingGrant } from "./booking-access";
import { loadBookingAccess } from "./load-plan";
import { reconcileAccess } from "./reconcile";
import { bookRoom, createExivoScenario, pinOf, tryPin, useExivoSimulator, visitsOf, zurich } from "./testing/exivo-scenario";
import { auditOf, grantsOf, useAccessTestEnvironment, waitForGrants } from "./testing/setup";

// Reconciliation: drift between Keyslot and the lock system is repaired, and work whose job was lost resumes.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

describe(`access reconciliation (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("an access revoked at exivo behind Keyslot's back is found, marked failed, and replaced by a working one", async () => {
    const s = await createExivoScenario(env, t.sim);
    const booking = await bookRoom(s, "2027-06-10T10:00", "2027-06-10T11:00");
    const [original] = await waitForGrants(env, booking.id, ["active"]);
    // Someone revokes the visit in the exivo app.
    const outside = createExivoDriver({ baseUrl: t.sim.baseUrl, ...t.sim.site });
    await outside.revoke(original!.vendorRefs);

    const report = await reconcileAccess({ orgId: s.org.id });
    expect(report).toMatchObject({ checked: 1, repaired: 1 });
    // The drifted grant failed; the replacement, once active, retired it (read back as revoked: removed).
    const [old, replacement] = await waitForGrants(env, booking.id, ["removed", "active"]);
    const failed = (await auditOf(env, [old!.id])).find((event) => event.action === "access.failed");
    expect(failed?.data).toMatchObject({ drift: "revoked outside Keyslot" });
    expect(replacement!.window).toEqual(original!.window);
    expect(visitsOf(t.sim, s.resident.phone!).map((visit) => visit.revoked)).toEqual([true, false]);
    expect(await tryPin(t.sim, pinOf(replacement!), C.meetingRoom1, zurich("2027-06-10T10:30"))).toBe("permitted");

    // Nothing left to repair on the next run.
    expect(await reconcileAccess({ orgId: s.org.id })).toMatchObject({ checked: 1, repaired: 0 });
  });

  it("a grant whose sync job was lost is picked up again and provisioned", async () => {
    const s = await createExivoScenario(env, t.sim);
    const { db } = env.database;
    const booking = await insertBooking(db, s.org.id, s.resource.id, { period: { start: zurich("2027-06-11T10:00"), end: zurich("2027-06-11T11:00") }, holderPhone: s.resident.phone });
    const access = await loadBookingAccess(db, { orgId: s.org.id, bookingId: booking.id });
    const grant = await db.transaction(async (tx) => {
      const created = await createBookingGrant(tx, booking, access!.plan!);
      // As if the job had been lost (a restored backup, a purged queue): the grant waits for nobody.
      await tx.execute(sql`delete from pgboss.job where name = 'access.sync' and data->>'grantId' = ${created.id}`);
      await tx.update(accessGrants).set({ updatedAt: new Date(Date.now() - 60_000) }).where(eq(accessGrants.id, created.id));
      return created;
    });
    expect((await grantsOf(env, booking.id)).map((g) => g.status)).toEqual(["requested"]);

    const report = await reconcileAccess({ orgId: s.org.id });
    expect(report.resumed).toBe(1);
    const [active] = await waitForGrants(env, booking.id, ["active"]);
    expect(active!.id).toBe(grant.id);
    expect(visitsOf(t.sim, s.resident.phone!)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "./testing";
import { createBooking, createOrganization, createResource, createSite, hoursFrom } from "./factories";
import { isExclusionViolation } from "./errors";
import { bookings } from "./schema";

// The database itself refuses overlapping active bookings (exclusion constraint bookings_no_overlap).
// Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.

let database: TestDatabase;
const base = new Date("2027-03-01T08:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => database.truncate());

async function setup() {
  const { db } = database;
  const org = await createOrganization(db);
  const site = await createSite(db, org.id);
  const resource = await createResource(db, org.id, site.id);
  return { db, org, resource };
}

async function expectExclusionViolation(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error, "the second booking should have been rejected").not.toBeNull();
  expect(isExclusionViolation(error)).toBe(true);
}

describe(`bookings_no_overlap on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("rejects two overlapping confirmed bookings of one resource", async () => {
    const { db, org, resource } = await setup();
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 2) });
    await expectExclusionViolation(createBooking(db, org.id, resource.id, { period: hoursFrom(base, 1, 3) }));
    expect(await db.select().from(bookings).where(eq(bookings.resourceId, resource.id))).toHaveLength(1);
  });

  it("rejects a pending booking overlapping a confirmed one, and a booking inside another", async () => {
    const { db, org, resource } = await setup();
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 4), status: "confirmed" });
    await expectExclusionViolation(createBooking(db, org.id, resource.id, { period: hoursFrom(base, 1, 2), status: "pending" }));
  });

  it("accepts back-to-back bookings (half-open periods)", async () => {
    const { db, org, resource } = await setup();
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 1) });
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 1, 2) });
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, -1, 0) });
    expect(await db.select().from(bookings)).toHaveLength(3);
  });

  it("accepts an overlap with cancelled and declined bookings", async () => {
    const { db, org, resource } = await setup();
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 2), status: "cancelled" });
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 2), status: "declined" });
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 1, 3), status: "confirmed" });
    expect(await db.select().from(bookings)).toHaveLength(3);
  });

  it("rejects re-activating a cancelled booking into a taken slot", async () => {
    const { db, org, resource } = await setup();
    const cancelled = await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 2), status: "cancelled" });
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 1, 3) });
    await expectExclusionViolation(db.update(bookings).set({ status: "confirmed" }).where(eq(bookings.id, cancelled.id)));
  });

  it("accepts overlapping bookings of different resources", async () => {
    const { db, org, resource } = await setup();
    const other = await createResource(db, org.id, resource.siteId);
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 2) });
    await createBooking(db, org.id, other.id, { period: hoursFrom(base, 0, 2) });
    expect(await db.select().from(bookings)).toHaveLength(2);
  });

  it("blocks the buffers too: blocked periods may not overlap", async () => {
    const { db, org, resource } = await setup();
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 0, 1), blockedPeriod: hoursFrom(base, 0, 1.5) });
    await expectExclusionViolation(createBooking(db, org.id, resource.id, { period: hoursFrom(base, 1.25, 2) }));
  });

  it("stores and returns the period unchanged", async () => {
    const { db, org, resource } = await setup();
    const period = hoursFrom(base, 0.25, 1.75);
    const created = await createBooking(db, org.id, resource.id, { period });
    const [row] = await db.select().from(bookings).where(eq(bookings.id, created.id));
    expect(row!.period).toEqual(period);
  });
});

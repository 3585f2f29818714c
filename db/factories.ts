import { randomBytes } from "node:crypto";
import type { DbOrTx } from "./client";
import { bookings, memberships, organizations, resources, sites, users } from "./schema";
import type { TimeRange } from "./schema/columns";

// Small builders for tests: each creates a valid row with overridable fields and returns it.

const unique = () => randomBytes(4).toString("hex");

export async function createOrganization(db: DbOrTx, values: Partial<typeof organizations.$inferInsert> = {}) {
  const suffix = unique();
  const [row] = await db.insert(organizations).values({ name: `Org ${suffix}`, slug: `org-${suffix}`, ...values }).returning();
  return row!;
}

export async function createUser(db: DbOrTx, orgId: string, role: "admin" | "resident" = "resident", values: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db.insert(users).values({ email: `user-${unique()}@example.test`, name: "Test User", ...values }).returning();
  await db.insert(memberships).values({ orgId, userId: user!.id, role });
  return user!;
}

export async function createSite(db: DbOrTx, orgId: string, values: Partial<typeof sites.$inferInsert> = {}) {
  const [row] = await db.insert(sites).values({ orgId, name: `Site ${unique()}`, timeZone: "Europe/Vienna", ...values }).returning();
  return row!;
}

export async function createResource(db: DbOrTx, orgId: string, siteId: string, values: Partial<typeof resources.$inferInsert> = {}) {
  const [row] = await db.insert(resources).values({ orgId, siteId, name: `Room ${unique()}`, ...values }).returning();
  return row!;
}

type BookingValues = Partial<typeof bookings.$inferInsert> & { period: TimeRange };

export async function createBooking(db: DbOrTx, orgId: string, resourceId: string, values: BookingValues) {
  const [row] = await db
    .insert(bookings)
    .values({ orgId, resourceId, holderName: "Holder", blockedPeriod: values.period, ...values })
    .returning();
  return row!;
}

export function hoursFrom(base: Date, startHours: number, endHours: number): TimeRange {
  const hour = 3_600_000;
  return { start: new Date(base.getTime() + startHours * hour), end: new Date(base.getTime() + endHours * hour) };
}

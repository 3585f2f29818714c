import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "./testing";
import { seedDemoData, isDatabaseEmpty } from "./seed";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { communities, communityMembers, memberships, organizations, resources, sites, users } from "./schema";
import { verifyPassword } from "@/lib/auth/password";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

async function counts() {
  const { db } = database;
  const tables = [organizations, users, memberships, sites, resources, communities, communityMembers];
  return Promise.all(tables.map(async (table) => (await db.select().from(table)).length));
}

describe("demo seed", () => {
  it("seeds the demo organisation once; a second run changes nothing", async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    await seedDemoData(database.db);
    const first = await counts();
    await seedDemoData(database.db);
    expect(await counts()).toEqual(first);
    expect(first).toEqual([1, 2, 2, 2, 7, 1, 1]);
    expect(await isDatabaseEmpty(database.db)).toBe(false);
  });

  it("has both sites in their own time zones and the demo logins with their roles and passwords", async () => {
    const { db } = database;
    const siteRows = await db.select({ name: sites.name, timeZone: sites.timeZone }).from(sites);
    expect(siteRows).toEqual(
      expect.arrayContaining([
        { name: "Wohnpark Nord", timeZone: "Europe/Vienna" },
        { name: "Campus Zürich", timeZone: "Europe/Zurich" },
      ]),
    );
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const [row] = await db
        .select({ hash: users.passwordHash, role: memberships.role })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .where(eq(users.email, account.email));
      expect(row?.role).toBe(account.role);
      expect(await verifyPassword(account.password, row?.hash)).toBe(true);
      expect(await verifyPassword("wrong", row?.hash)).toBe(false);
    }
  });
});

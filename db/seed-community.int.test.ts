import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "./testing";
import { seedDemoData } from "./seed";
import { accessRules, communities, sites } from "./schema";
import { DEMO_ACCESS_POINTS } from "@/lib/locks/xesar/simulator/demo-installation";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe("demo seed: community access", () => {
  it("gives the demo community one community rule (the Wohnpark Nord laundry, mobile key), once", async () => {
    const { db } = database;
    await seedDemoData(db);
    await seedDemoData(db);
    const rules = await db.select().from(accessRules).where(eq(accessRules.kind, "community"));
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ accessIdentifier: `accessPoint:${DEMO_ACCESS_POINTS.laundry}`, credentialType: "mobile_key", integrationId: null });
    const [community] = await db.select({ id: communities.id, site: sites.name }).from(communities).innerJoin(sites, eq(sites.id, communities.siteId));
    expect(community).toMatchObject({ id: rules[0]!.communityId, site: "Wohnpark Nord" });
  });
});

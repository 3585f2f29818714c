import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "@/db/testing-hooks";
import { siteAlwaysOpenDoors, sites } from "@/db/schema";
import { createSite } from "@/db/factories";
import { createSecurityCast, isRefusal } from "@/lib/testing/action-security";
import { saveSiteAction } from "./actions";
import { createIntegrationWithDoors, siteInput } from "./testing/site-fixture";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const testDb = useTestDatabase();

async function setUp() {
  const cast = await createSecurityCast(testDb.database);
  const { db } = testDb.database;
  const lock = await createIntegrationWithDoors(db, cast.org.id);
  const site = await createSite(db, cast.org.id, { name: "Nord", timeZone: "Europe/Vienna", integrationId: lock.integration.id });
  const edit = siteInput({ siteId: site.id, name: "Changed", integrationId: lock.integration.id, alwaysOpenDoorIds: [lock.entrance.id] });
  return { cast, lock, site, edit };
}

const siteRow = async (id: string) => (await testDb.database.db.select().from(sites).where(eq(sites.id, id)))[0];

describe("saveSiteAction (edit)", () => {
  it.each([
    ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
    ["a resident", "asResident", "FORBIDDEN"],
    ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
  ] as const)("%s is refused and nothing changes", async (_who, as, code) => {
    const { cast, site, edit } = await setUp();
    const before = await siteRow(site.id);
    cast[as]();
    const result = await saveSiteAction(edit);
    expect(isRefusal(result)).toBe(true);
    expect(result).toMatchObject({ ok: false, code });
    expect(await siteRow(site.id)).toEqual(before);
    expect(await testDb.database.db.$count(siteAlwaysOpenDoors)).toBe(0);
  });

  it("the organisation's admin can", async () => {
    const { cast, site, edit } = await setUp();
    cast.asAdmin();
    expect(await saveSiteAction(edit)).toEqual({ ok: true, data: { id: site.id } });
    expect(await siteRow(site.id)).toMatchObject({ name: "Changed" });
  });
});

describe("saveSiteAction (create)", () => {
  it.each([
    ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
    ["a resident", "asResident", "FORBIDDEN"],
    ["an admin of another organisation (with this organisation's lock system)", "asOtherAdmin", "NOT_FOUND"],
  ] as const)("%s is refused and no site is created", async (_who, as, code) => {
    const { cast, lock } = await setUp();
    cast[as]();
    const result = await saveSiteAction(siteInput({ name: "New", integrationId: lock.integration.id }));
    expect(result).toMatchObject({ ok: false, code });
    expect(await testDb.database.db.$count(sites, eq(sites.name, "New"))).toBe(0);
  });

  it("the organisation's admin creates it; a gateway is refused with the message at the picker", async () => {
    const { cast, lock } = await setUp();
    cast.asAdmin();
    const refused = await saveSiteAction(siteInput({ name: "New", integrationId: lock.integration.id, alwaysOpenDoorIds: [lock.gateway.id] }));
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", error: "cockpitSites.errors.gatewayRefused", values: { door: "Gateway" } });
    const created = await saveSiteAction(siteInput({ name: "New", integrationId: lock.integration.id, alwaysOpenDoorIds: [lock.entrance.id] }));
    expect(created).toMatchObject({ ok: true });
    expect(JSON.stringify(created)).not.toContain("site-fixture-secret");
    expect(await testDb.database.db.$count(sites, eq(sites.name, "New"))).toBe(1);
  });
});

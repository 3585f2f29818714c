import { describe, expect, it } from "vitest";
import { createOrganization, createResource, createSite } from "@/db/factories";
import { useTestDatabase } from "@/db/testing-hooks";
import { accessRules, doors, lockIntegrations, siteAlwaysOpenDoors } from "@/db/schema";
import { previewBookingDoors } from "./door-preview";

// The booking form's "this booking will open": the door names of the plan the access engine follows.

const t = useTestDatabase();

async function setUp() {
  const { db } = t.database;
  const org = await createOrganization(db);
  const [integration] = await db.insert(lockIntegrations).values({ orgId: org.id, vendor: "exivo", name: "exivo" }).returning();
  const site = await createSite(db, org.id, { integrationId: integration!.id });
  const door = (vendorId: string, name: string, kind: "component" | "gateway" | "zone" = "component") => ({ orgId: org.id, integrationId: integration!.id, siteId: site.id, vendorId, kind, name });
  const rows = await db
    .insert(doors)
    .values([door("entrance", "Main entrance"), door("room", "Focus room"), door("store", "Store room"), door("laundry", "Laundry"), door("gw", "Gateway", "gateway")])
    .returning();
  const byName = (name: string) => rows.find((row) => row.name === name)!;
  await db.insert(siteAlwaysOpenDoors).values([{ siteId: site.id, doorId: byName("Main entrance").id }, { siteId: site.id, doorId: byName("Gateway").id }]);
  const room = await createResource(db, org.id, site.id, { accessIdentifier: "accessPoint:room" });
  return { org, site, room };
}

describe(`previewBookingDoors (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("names the resource's doors, the booking rule's extra doors and the site's always-open doors (no gateway)", async () => {
    const { db } = t.database;
    const s = await setUp();
    expect(await previewBookingDoors({ orgId: s.org.id, resourceId: s.room.id })).toEqual(["Focus room", "Main entrance"]);
    await db.insert(accessRules).values({ orgId: s.org.id, kind: "booking", resourceId: s.room.id, accessIdentifier: "accessPoint:store" });
    expect(await previewBookingDoors({ orgId: s.org.id, resourceId: s.room.id })).toEqual(["Focus room", "Main entrance", "Store room"]);
  });

  it("null when a booking opens no door, and for another organisation's resource", async () => {
    const s = await setUp();
    const noDoors = await createResource(t.database.db, s.org.id, s.site.id, { accessIdentifier: null });
    expect(await previewBookingDoors({ orgId: s.org.id, resourceId: noDoors.id })).toBeNull();
    const other = await createOrganization(t.database.db);
    expect(await previewBookingDoors({ orgId: other.id, resourceId: s.room.id })).toBeNull();
  });
});

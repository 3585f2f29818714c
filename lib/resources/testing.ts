import { createResource, createSite } from "@/db/factories";
import { doors, lockIntegrations, siteAlwaysOpenDoors } from "@/db/schema";
import type { DbOrTx } from "@/db";
import type { LockVendor } from "@/lib/locks/types";

// A site connected to a lock system with synced doors (no credentials: nothing here calls the vendor),
// for the cockpit's resource and access-rule tests.

export async function createConnectedSite(db: DbOrTx, orgId: string, vendor: LockVendor = "exivo") {
  const [integration] = await db.insert(lockIntegrations).values({ orgId, vendor, name: `${vendor} test` }).returning();
  const site = await createSite(db, orgId, { integrationId: integration!.id });
  const rows = await db
    .insert(doors)
    .values([
      { vendorId: "main-1", kind: "component" as const, name: "Main entrance" },
      { vendorId: "room-1", kind: "component" as const, name: "Meeting room" },
      { vendorId: "store-1", kind: "access_point" as const, name: "Store room" },
      { vendorId: "gw-1", kind: "gateway" as const, name: "Gateway" },
      { vendorId: "zone-1", kind: "zone" as const, name: "Ground floor" },
    ].map((door) => ({ ...door, orgId, integrationId: integration!.id, siteId: site.id })))
    .returning();
  const main = rows.find((door) => door.vendorId === "main-1")!;
  await db.insert(siteAlwaysOpenDoors).values({ siteId: site.id, doorId: main.id });
  const resource = await createResource(db, orgId, site.id, { name: "Meeting room", accessIdentifier: "accessPoint:room-1" });
  return { integration: integration!, site, doors: rows, resource };
}

import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "./client";
import { doors, lockIntegrations, resources, siteAlwaysOpenDoors, sites } from "./schema";
import { sealSecret } from "@/lib/crypto/key-ring";
import type { DemoIntegrationSeed } from "@/lib/locks/demo-simulators";

/**
 * Connects the demo sites to the demo lock simulators: integration (credentials sealed), doors, always-open
 * doors and the resources' Access Control Identifiers. Idempotent; settings follow the simulators' current
 * addresses, and identifiers an admin already set are kept.
 */
export async function seedDemoIntegrations(db: Database, orgId: string, seeds: DemoIntegrationSeed[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const seed of seeds) {
      const [site] = await tx.select().from(sites).where(and(eq(sites.orgId, orgId), eq(sites.name, seed.siteName)));
      if (!site) continue;
      const values = { settings: seed.settings, credentialsEncrypted: sealSecret(JSON.stringify(seed.credentials)) };
      let [integration] = await tx
        .select({ id: lockIntegrations.id })
        .from(lockIntegrations)
        .where(and(eq(lockIntegrations.orgId, orgId), eq(lockIntegrations.vendor, seed.vendor), eq(lockIntegrations.name, seed.name)));
      if (integration) await tx.update(lockIntegrations).set(values).where(eq(lockIntegrations.id, integration.id));
      else [integration] = await tx.insert(lockIntegrations).values({ orgId, vendor: seed.vendor, name: seed.name, ...values }).returning({ id: lockIntegrations.id });
      const integrationId = integration!.id;
      await tx
        .insert(doors)
        .values(seed.doors.map((door) => ({ ...door, orgId, integrationId, siteId: site.id })))
        .onConflictDoNothing();
      if (!site.integrationId) await tx.update(sites).set({ integrationId }).where(eq(sites.id, site.id));
      const alwaysOpen = await tx
        .select({ id: doors.id })
        .from(doors)
        .where(and(eq(doors.integrationId, integrationId), inArray(doors.vendorId, seed.alwaysOpenVendorIds)));
      if (alwaysOpen.length > 0) {
        await tx.insert(siteAlwaysOpenDoors).values(alwaysOpen.map((door) => ({ siteId: site.id, doorId: door.id }))).onConflictDoNothing();
      }
      for (const [name, identifier] of Object.entries(seed.identifiers)) {
        const [resource] = await tx.select().from(resources).where(and(eq(resources.siteId, site.id), eq(resources.name, name)));
        if (resource && !resource.accessIdentifier) await tx.update(resources).set({ accessIdentifier: identifier }).where(eq(resources.id, resource.id));
      }
    }
  });
}

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "./testing";
import { seedDemoData } from "./seed";
import { seedDemoIntegrations } from "./seed-integrations";
import { lockIntegrations, resources, siteAlwaysOpenDoors, sites } from "./schema";
import { startDemoSimulators, type DemoSimulators } from "@/lib/locks/demo-simulators";
import { closeIntegrationDrivers, getIntegrationDriver } from "@/lib/locks/integration-drivers";

// The demo path: simulators started, their integrations seeded with sealed credentials, and the drivers the
// app builds from the database reach both simulators.

let database: TestDatabase;
let simulators: DemoSimulators;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseHandle(database);
  const stateDir = mkdtempSync(path.join(tmpdir(), "keyslot-sims-"));
  simulators = await startDemoSimulators({ stateDir, ports: { exivo: 0, xesar: 0, xesarControl: 0 }, log: () => {} });
});
afterAll(async () => {
  await closeIntegrationDrivers();
  await simulators?.close();
  await database?.close();
});

describe("demo integrations", () => {
  it("connects both demo sites to their simulators; credentials are sealed and the drivers verify", async () => {
    const { orgId } = await seedDemoData(database.db);
    await seedDemoIntegrations(database.db, orgId, simulators.seeds);
    await seedDemoIntegrations(database.db, orgId, simulators.seeds); // idempotent
    const integrations = await database.db.select().from(lockIntegrations);
    expect(integrations.map((i) => i.vendor).sort()).toEqual(["exivo", "xesar"]);
    for (const integration of integrations) {
      expect(integration.credentialsEncrypted).toMatch(/^v1\./);
      expect(integration.credentialsEncrypted).not.toContain("BEGIN");
      const driver = await getIntegrationDriver({ orgId, integrationId: integration.id });
      expect((await driver!.verify()).siteName).toBeTruthy();
    }
    const linked = await database.db.select().from(sites);
    expect(linked.every((site) => site.integrationId)).toBe(true);
    expect(await database.db.select().from(siteAlwaysOpenDoors)).toHaveLength(4);
    const [laundry] = await database.db.select().from(resources).where(eq(resources.name, "Meeting room 1"));
    expect(laundry!.accessIdentifier).toMatch(/^accessPoint:/);
  });
});

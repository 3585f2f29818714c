import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createOrganization } from "@/db/factories";
import { lockIntegrations } from "@/db/schema";
import { sealSecret } from "@/lib/crypto/key-ring";
import { closeIntegrationDrivers, getIntegrationDriver } from "./integration-drivers";

// One driver per integration and process, replaced when the integration changes; the access plan's query
// passes the integration's stamp (updated_at) so a sync attempt needs no query of its own for the driver.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseHandle(database);
});

afterAll(async () => {
  await closeIntegrationDrivers();
  await database.close();
});

async function exivoIntegration() {
  const org = await createOrganization(database.db);
  const [integration] = await database.db
    .insert(lockIntegrations)
    .values({
      orgId: org.id,
      vendor: "exivo",
      name: "exivo",
      // Never contacted: opening an exivo driver makes no request.
      settings: { baseUrl: "http://127.0.0.1:9/v1", siteId: "5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11" },
      credentialsEncrypted: sealSecret(JSON.stringify({ apiKey: "k", apiSecret: "s" })),
    })
    .returning();
  return integration!;
}

describe("integration drivers", () => {
  it("reuses the driver for the stamp it was opened with, and opens a new one once the integration changed", async () => {
    const integration = await exivoIntegration();
    const ref = { orgId: integration.orgId, integrationId: integration.id };
    const first = await getIntegrationDriver(ref);
    expect(first).not.toBeNull();
    expect(await getIntegrationDriver({ ...ref, stamp: integration.updatedAt.getTime() })).toBe(first);
    const [changed] = await database.db
      .update(lockIntegrations)
      .set({ settings: { baseUrl: "http://127.0.0.1:9/v2", siteId: "5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11" }, updatedAt: new Date(integration.updatedAt.getTime() + 1_000) })
      .where(eq(lockIntegrations.id, integration.id))
      .returning();
    const second = await getIntegrationDriver({ ...ref, stamp: changed!.updatedAt.getTime() });
    expect(second).not.toBe(first);
    expect(await getIntegrationDriver(ref)).toBe(second);
  });

  it("gives another organisation nothing, whatever stamp it names", async () => {
    const integration = await exivoIntegration();
    expect(await getIntegrationDriver({ orgId: integration.orgId, integrationId: integration.id })).not.toBeNull();
    const other = await createOrganization(database.db);
    expect(await getIntegrationDriver({ orgId: other.id, integrationId: integration.id })).toBeNull();
    expect(await getIntegrationDriver({ orgId: other.id, integrationId: integration.id, stamp: integration.updatedAt.getTime() })).toBeNull();
  });
});

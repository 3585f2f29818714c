import type { Database } from "@/db/client";
import { doors, lockIntegrations } from "@/db/schema";
import { sealSecret } from "@/lib/crypto/key-ring";

/** An organisation's lock integration with two synced doors and a gateway, for the site tests. */
export async function createIntegrationWithDoors(db: Database, orgId: string, name = "exivo") {
  const [integration] = await db
    .insert(lockIntegrations)
    .values({ orgId, vendor: "exivo", name, credentialsEncrypted: sealSecret(JSON.stringify({ apiKey: "k", apiSecret: "site-fixture-secret" })) })
    .returning();
  const rows = await db
    .insert(doors)
    .values([
      { orgId, integrationId: integration!.id, vendorId: "door-1", kind: "component" as const, name: "Main entrance" },
      { orgId, integrationId: integration!.id, vendorId: "door-2", kind: "component" as const, name: "Cloakroom" },
      { orgId, integrationId: integration!.id, vendorId: "gw-1", kind: "gateway" as const, name: "Gateway" },
    ])
    .returning();
  const byVendor = (vendorId: string) => rows.find((row) => row.vendorId === vendorId)!;
  return { integration: integration!, entrance: byVendor("door-1"), cloakroom: byVendor("door-2"), gateway: byVendor("gw-1") };
}

export const siteInput = (overrides: Record<string, unknown> = {}) => ({
  siteId: "",
  name: "Campus West",
  address: "Hauptstrasse 1, 8000 Zürich",
  timeZone: "Europe/Zurich",
  integrationId: "",
  alwaysOpenDoorIds: [] as string[],
  accessInfoDe: "Der Haupteingang öffnet mit Ihrem Code.",
  accessInfoEn: "The main entrance opens with your code.",
  ...overrides,
});

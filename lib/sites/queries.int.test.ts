import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/db/testing-hooks";
import { lockIntegrations } from "@/db/schema";
import { createOrganization, createResource, createSite } from "@/db/factories";
import { listIntegrations } from "@/lib/integrations/queries";
import { getOrgTimeZone, getSite, listSiteSummaries } from "./queries";

const testDb = useTestDatabase();

describe("site reads are scoped by organisation", () => {
  it("another organisation's site, or a malformed id, is not found", async () => {
    const { db } = testDb.database;
    const orgA = await createOrganization(db);
    const orgB = await createOrganization(db);
    const siteB = await createSite(db, orgB.id);
    expect(await getSite({ orgId: orgA.id, siteId: siteB.id })).toBeNull();
    expect(await getSite({ orgId: orgA.id, siteId: "not-a-uuid" })).toBeNull();
    expect(await getSite({ orgId: orgB.id, siteId: siteB.id })).toMatchObject({ id: siteB.id });
  });

  it("summarises sites with integration name and active resource count", async () => {
    const { db } = testDb.database;
    const org = await createOrganization(db);
    const [integration] = await db
      .insert(lockIntegrations)
      .values({ orgId: org.id, vendor: "xesar", name: "Xesar Nord", credentialsEncrypted: "secret-envelope" })
      .returning();
    const site = await createSite(db, org.id, { name: "Nord", integrationId: integration!.id, timeZone: "Europe/Zurich" });
    await createResource(db, org.id, site.id);
    await createResource(db, org.id, site.id, { archivedAt: new Date() });
    await createSite(db, org.id, { name: "Süd" });

    expect(await listSiteSummaries({ orgId: org.id })).toMatchObject([
      { name: "Nord", integrationName: "Xesar Nord", resourceCount: 1 },
      { name: "Süd", integrationName: null, resourceCount: 0 },
    ]);
    expect(await getOrgTimeZone({ orgId: org.id })).toBe("Europe/Zurich");
    const integrations = await listIntegrations({ orgId: org.id });
    expect(integrations).toHaveLength(1);
    expect(JSON.stringify(integrations)).not.toContain("secret-envelope");
  });
});

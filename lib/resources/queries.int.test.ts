import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/db/testing-hooks";
import { createOrganization, createResource, createSite, createUser } from "@/db/factories";
import { getResource, listResources } from "./queries";
import { requireResource } from "./service";

const testDb = useTestDatabase();

async function twoOrganisations() {
  const { db } = testDb.database;
  const orgA = await createOrganization(db, { name: "A" });
  const orgB = await createOrganization(db, { name: "B" });
  const adminA = await createUser(db, orgA.id, "admin");
  const resourceA = await createResource(db, orgA.id, (await createSite(db, orgA.id)).id);
  const resourceB = await createResource(db, orgB.id, (await createSite(db, orgB.id)).id);
  return { orgA, orgB, adminA, resourceA, resourceB };
}

describe("resource reads are scoped by organisation", () => {
  it("an admin of org A cannot read org B's resource by id", async () => {
    const { orgA, resourceB } = await twoOrganisations();
    expect(await getResource({ orgId: orgA.id, resourceId: resourceB.id })).toBeNull();
    await expect(requireResource({ orgId: orgA.id, resourceId: resourceB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the same admin reads their own organisation's resource", async () => {
    const { orgA, resourceA } = await twoOrganisations();
    const row = await requireResource({ orgId: orgA.id, resourceId: resourceA.id });
    expect(row.resource.id).toBe(resourceA.id);
  });

  it("lists only the caller's resources", async () => {
    const { orgA, resourceA } = await twoOrganisations();
    const rows = await listResources({ orgId: orgA.id });
    expect(rows.map((r) => r.resource.id)).toEqual([resourceA.id]);
  });
});

import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "@/db/testing-hooks";
import { auditEvents, siteAlwaysOpenDoors, sites } from "@/db/schema";
import { createOrganization, createSite, createUser } from "@/db/factories";
import { saveSiteSchema } from "./schemas";
import { saveSite } from "./service";
import { getSiteForEdit } from "./queries";
import { createIntegrationWithDoors, siteInput } from "./testing/site-fixture";

const testDb = useTestDatabase();

async function admin() {
  const { db } = testDb.database;
  const org = await createOrganization(db);
  const user = await createUser(db, org.id, "admin");
  return { userId: user.id, orgId: org.id };
}
const parse = (input: Record<string, unknown>) => saveSiteSchema.parse(input);

describe("sites: create and edit", () => {
  it("creates a site with its lock system, always-open doors and access info, audited", async () => {
    const actor = await admin();
    const { integration, entrance, cloakroom } = await createIntegrationWithDoors(testDb.database.db, actor.orgId);
    const { id } = await saveSite({ actor, input: parse(siteInput({ integrationId: integration.id, alwaysOpenDoorIds: [entrance.id, cloakroom.id] })) });
    const site = await getSiteForEdit({ orgId: actor.orgId, siteId: id });
    expect(site).toMatchObject({
      name: "Campus West",
      timeZone: "Europe/Zurich",
      integrationId: integration.id,
      accessInfo: { de: "Der Haupteingang öffnet mit Ihrem Code.", en: "The main entrance opens with your code." },
    });
    expect(site!.alwaysOpenDoorIds.sort()).toEqual([entrance.id, cloakroom.id].sort());
    const [event] = await testDb.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(event).toMatchObject({ action: "site.created", actorUserId: actor.userId });
  });

  it("edits time zone and always-open doors of an existing site (the set is replaced)", async () => {
    const actor = await admin();
    const { integration, entrance, cloakroom } = await createIntegrationWithDoors(testDb.database.db, actor.orgId);
    const { id } = await saveSite({ actor, input: parse(siteInput({ integrationId: integration.id, alwaysOpenDoorIds: [entrance.id] })) });
    await saveSite({ actor, input: parse(siteInput({ siteId: id, timeZone: "America/New_York", integrationId: integration.id, alwaysOpenDoorIds: [cloakroom.id] })) });
    expect(await getSiteForEdit({ orgId: actor.orgId, siteId: id })).toMatchObject({ timeZone: "America/New_York", alwaysOpenDoorIds: [cloakroom.id] });
    expect(await testDb.database.db.$count(sites)).toBe(1);
  });

  it("refuses a gateway as always-open door with the message that it would break access", async () => {
    const actor = await admin();
    const { integration, entrance, gateway } = await createIntegrationWithDoors(testDb.database.db, actor.orgId);
    const site = await createSite(testDb.database.db, actor.orgId, { integrationId: integration.id });
    await expect(
      saveSite({ actor, input: parse(siteInput({ siteId: site.id, integrationId: integration.id, alwaysOpenDoorIds: [entrance.id, gateway.id] })) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: "cockpitSites.errors.gatewayRefused",
      values: { door: "Gateway" },
      fieldErrors: { alwaysOpenDoorIds: ["cockpitSites.errors.gatewayRefused"] },
    });
    expect(await testDb.database.db.$count(siteAlwaysOpenDoors)).toBe(0);
  });

  it("refuses a door of another lock system than the site's", async () => {
    const actor = await admin();
    const first = await createIntegrationWithDoors(testDb.database.db, actor.orgId, "first");
    const second = await createIntegrationWithDoors(testDb.database.db, actor.orgId, "second");
    await expect(
      saveSite({ actor, input: parse(siteInput({ integrationId: first.integration.id, alwaysOpenDoorIds: [second.entrance.id] })) }),
    ).rejects.toMatchObject({ message: "cockpitSites.errors.doorOfOtherIntegration" });
    await expect(saveSite({ actor, input: parse(siteInput({ alwaysOpenDoorIds: [first.entrance.id] })) })).rejects.toMatchObject({
      message: "cockpitSites.errors.doorsNeedIntegration",
    });
  });

  it("another organisation's site, integration or door is not found, and nothing is written", async () => {
    const actor = await admin();
    const other = await admin();
    const theirs = await createIntegrationWithDoors(testDb.database.db, other.orgId);
    const theirSite = await createSite(testDb.database.db, other.orgId, { name: "Theirs" });
    await expect(saveSite({ actor, input: parse(siteInput({ siteId: theirSite.id })) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveSite({ actor, input: parse(siteInput({ integrationId: theirs.integration.id })) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await createIntegrationWithDoors(testDb.database.db, actor.orgId);
    await expect(saveSite({ actor, input: parse(siteInput({ integrationId: mine.integration.id, alwaysOpenDoorIds: [theirs.entrance.id] })) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await testDb.database.db.select({ name: sites.name }).from(sites)).toEqual([{ name: "Theirs" }]);
  });

  it.each(["Mars/Olympus", "+01:00", "CET-1", "", "Europe/Zurich; drop table"])("refuses the time zone %j", (timeZone) => {
    const result = saveSiteSchema.safeParse(siteInput({ timeZone }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["timeZone"], message: "cockpitSites.errors.timeZone" });
  });

  it.each(["Europe/Zurich", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+1"])("accepts the IANA zone %s", (timeZone) => {
    expect(saveSiteSchema.safeParse(siteInput({ timeZone })).success).toBe(true);
  });
});

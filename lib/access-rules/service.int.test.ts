import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { accessRules, auditEvents } from "@/db/schema";
import { createOrganization, createUser } from "@/db/factories";
import { communities } from "@/db/schema";
import { useTestDatabase } from "@/db/testing-hooks";
import { createConnectedSite } from "@/lib/resources/testing";
import { accessRuleSchema, type AccessRuleFormValues } from "./schemas";
import { createAccessRule, deleteAccessRule, updateAccessRule } from "./service";
import { previewBookingAccess } from "./preview";

const state = useTestDatabase();

async function connected(vendor: "exivo" | "xesar" = "exivo") {
  const { db } = state.database;
  const org = await createOrganization(db);
  const admin = await createUser(db, org.id, "admin");
  const setup = await createConnectedSite(db, org.id, vendor);
  const [community] = await db.insert(communities).values({ orgId: org.id, name: "Building A" }).returning();
  return { org, actor: { userId: admin.id, orgId: org.id }, community: community!, ...setup };
}

const bookingRule = (resourceId: string, overrides: Partial<AccessRuleFormValues> = {}) =>
  accessRuleSchema.parse({
    kind: "booking",
    resourceId,
    communityId: null,
    integrationId: null,
    accessIdentifier: "",
    bufferBeforeMinutes: 15,
    bufferAfterMinutes: 30,
    credentialType: "pin_link",
    sendPinBySms: true,
    ...overrides,
  });

async function actionsOf(entityId: string) {
  const rows = await state.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.createdAt);
  return rows.map((row) => row.action);
}

describe(`access-rule service on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("creates, edits and deletes a booking rule, audited each time", async () => {
    const s = await connected();
    const rule = await createAccessRule({ actor: s.actor, input: bookingRule(s.resource.id, { accessIdentifier: "zone:zone-1" }) });
    expect(rule).toMatchObject({ kind: "booking", resourceId: s.resource.id, accessIdentifier: "zone:zone-1", bufferBeforeMinutes: 15, bufferAfterMinutes: 30, sendPinBySms: true });
    const edited = await updateAccessRule({
      actor: s.actor,
      input: { ruleId: rule.id, rule: bookingRule(s.resource.id, { bufferBeforeMinutes: 0, credentialType: "mobile_key", sendPinBySms: false }) },
    });
    expect(edited).toMatchObject({ bufferBeforeMinutes: 0, bufferAfterMinutes: 30, credentialType: "mobile_key", accessIdentifier: null });
    await deleteAccessRule({ actor: s.actor, input: { ruleId: rule.id } });
    expect(await state.database.db.select().from(accessRules)).toHaveLength(0);
    expect(await actionsOf(rule.id)).toEqual(["accessRule.created", "accessRule.updated", "accessRule.deleted"]);
  });

  it("creates a community rule on a chosen lock system with its doors", async () => {
    const s = await connected();
    const rule = await createAccessRule({
      actor: s.actor,
      input: accessRuleSchema.parse({ ...bookingRule(s.resource.id), kind: "community", resourceId: null, communityId: s.community.id, integrationId: s.integration.id, accessIdentifier: "accessPoint:main-1", sendPinBySms: false }),
    });
    expect(rule).toMatchObject({ kind: "community", communityId: s.community.id, integrationId: s.integration.id, resourceId: null, bufferBeforeMinutes: 0, accessIdentifier: "accessPoint:main-1" });
  });

  it.each([
    ["an unknown door", "accessPoint:ghost-7", "resourceAdmin.identifier.unknownDoor"],
    ["a gateway", "accessPoint:gw-1", "resourceAdmin.identifier.gateway"],
  ])("refuses a rule naming %s", async (_what, identifier, key) => {
    const s = await connected();
    await expect(createAccessRule({ actor: s.actor, input: bookingRule(s.resource.id, { accessIdentifier: identifier }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { accessIdentifier: [key] },
    });
    expect(await state.database.db.select().from(accessRules)).toHaveLength(0);
  });

  it("refuses a credential the lock system cannot issue, a second booking rule for a resource, and SMS without a PIN", async () => {
    const xesar = await connected("xesar");
    await expect(createAccessRule({ actor: xesar.actor, input: bookingRule(xesar.resource.id, { sendPinBySms: false }) })).rejects.toMatchObject({
      fieldErrors: { credentialType: ["accessRuleAdmin.errors.credentialUnsupported"] },
    });
    const s = await connected();
    await createAccessRule({ actor: s.actor, input: bookingRule(s.resource.id) });
    await expect(createAccessRule({ actor: s.actor, input: bookingRule(s.resource.id) })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { resourceId: ["accessRuleAdmin.errors.resourceHasRule"] },
    });
    const sms = accessRuleSchema.safeParse({ ...bookingRule(s.resource.id), credentialType: "mobile_key", sendPinBySms: true });
    expect(sms.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["sendPinBySms", "accessRuleAdmin.errors.smsNeedsPin"]]);
  });

  it("another organisation's rule, resource or community is not found, and nothing changes", async () => {
    const s = await connected();
    const other = await connected();
    const rule = await createAccessRule({ actor: s.actor, input: bookingRule(s.resource.id) });
    await expect(createAccessRule({ actor: other.actor, input: bookingRule(s.resource.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateAccessRule({ actor: other.actor, input: { ruleId: rule.id, rule: bookingRule(other.resource.id) } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAccessRule({ actor: other.actor, input: { ruleId: rule.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewBookingAccess({ orgId: other.org.id, resourceId: s.resource.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [stored] = await state.database.db.select().from(accessRules).where(eq(accessRules.id, rule.id));
    expect(stored).toMatchObject({ resourceId: s.resource.id, bufferBeforeMinutes: 15 });
  });

  it("the preview opens the resource's, the rule's and the always-open doors, in the window widened by the buffers", async () => {
    const s = await connected();
    const now = new Date("2027-06-01T06:00:00Z");
    const before = await previewBookingAccess({ orgId: s.org.id, resourceId: s.resource.id, now });
    // Tomorrow 10:00-11:00 in Vienna (UTC+2 in summer); without a rule the window is the booking.
    expect(before.period).toEqual({ start: new Date("2027-06-02T08:00:00Z"), end: new Date("2027-06-02T09:00:00Z") });
    expect(before.plan?.window).toEqual(before.period);
    await createAccessRule({ actor: s.actor, input: bookingRule(s.resource.id, { accessIdentifier: "zone:zone-1" }) });
    const preview = await previewBookingAccess({ orgId: s.org.id, resourceId: s.resource.id, now });
    expect(preview).toMatchObject({ bufferBeforeMinutes: 15, bufferAfterMinutes: 30, reason: null });
    expect(preview.plan!.window).toEqual({ start: new Date("2027-06-02T07:45:00Z"), end: new Date("2027-06-02T09:30:00Z") });
    expect(preview.plan!.credentialType).toBe("pin_link");
    expect(preview.plan!.targets).toEqual([
      { target: "accessPoint:room-1", source: "resource", doorName: "Meeting room" },
      { target: "zone:zone-1", source: "rule", doorName: "Ground floor" },
      { target: "accessPoint:main-1", source: "alwaysOpen", doorName: "Main entrance" },
    ]);
  });
});

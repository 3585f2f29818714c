import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { accessRules, communities, users } from "@/db/schema";
import { addCommunityMember, deleteCommunity, removeCommunityMember } from "@/lib/communities/service";
import { removeMember, updateMemberPhone } from "@/lib/people/members-service";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { DEMO_ACCESS_POINTS as P } from "@/lib/locks/xesar/simulator/demo-installation";
import { startXesarSimulator, type XesarSimulator } from "@/lib/locks/xesar/simulator/start-simulator";
import { syncCommunityAccess } from "./community-access";
import { releaseCommunityRules } from "./community-release";
import { reconcileStandingAccess } from "./community-renewal";
import { getKeyGrant } from "./key-access";
import { reconcileAccess } from "./reconcile";
import { createAccessRule, deleteAccessRule } from "@/lib/access-rules/service";
import { addCommunityWithRule, keyMessagesTo, standingGrantsOf, waitForStandingGrants } from "./testing/community-scenario";
import { createExivoScenario, pinOf, tryPin, useExivoSimulator, visitsOf } from "./testing/exivo-scenario";
import { auditOf, useAccessTestEnvironment, waitFor } from "./testing/setup";
import { activateMobileKey, createXesarScenario, mediaOf, present } from "./testing/xesar-scenario";

// Standing access through communities, through the real services, engine workers and lock drivers: adding a
// member issues a grant usable at the door, removing the member (or the person from the organisation)
// takes it away, confirmed by read-back; a Xesar member without a phone fails with the reason.

const env = useAccessTestEnvironment();
const exivo = useExivoSimulator();
let xesar: XesarSimulator;
const DAY = 86_400_000;

beforeAll(async () => {
  xesar = await startXesarSimulator({ controlPort: null });
});
afterAll(async () => xesar?.close());
beforeEach(() => {
  // Standing access starts now (real time); the simulators' clocks follow.
  exivo.sim.control.setClock(new Date());
  xesar.control.clearFaults();
  xesar.control.setClock(new Date());
});

const inAWeek = () => new Date(Date.now() + 7 * DAY);

describe(`community access on exivo (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("add member -> active with PIN and link e-mailed; the PIN opens the rule's doors only; remove -> removed and denied", async () => {
    const s = await createExivoScenario(env, exivo.sim, { rule: undefined });
    const { community } = await addCommunityWithRule(env, s, { accessIdentifier: `accessPoint:${C.laundry}` });
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [grant] = await waitForStandingGrants(env, s.resident.id, ["active"]);
    expect(grant).toMatchObject({ credentialType: "pin_link", bookingId: null, lastError: null });
    expect(grant!.window.end.getTime() - grant!.window.start.getTime()).toBe(365 * DAY);
    const [visit] = visitsOf(exivo.sim, s.resident.phone!);
    expect(new Set(visit!.components)).toEqual(new Set([C.laundry, C.mainEntrance, C.cloakroom]));
    const pin = pinOf(grant!);
    expect(await tryPin(exivo.sim, pin, C.laundry, inAWeek())).toBe("permitted");
    expect(await tryPin(exivo.sim, pin, C.mainEntrance, inAWeek())).toBe("permitted");
    expect(await tryPin(exivo.sim, pin, C.meetingRoom1, inAWeek())).toBe("denied");
    const [mail] = await keyMessagesTo(env, s.resident.email);
    expect(mail?.text).toContain(pin);
    expect(mail?.text).toContain("Building A residents");
    // The e-mailed digital-key link opens the member's key page with the community's doors.
    const token = decodeURIComponent(/\/key\/([^\s]+)/.exec(mail!.text)![1]!);
    const key = await getKeyGrant(token);
    expect(key).toMatchObject({ grantId: grant!.id, resourceName: "Building A residents" });
    expect(key!.doors.map((door) => door.name).sort()).toEqual(["Cloakroom / WC", "Laundry", "Main entrance"]);

    await removeCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [removed] = await waitForStandingGrants(env, s.resident.id, ["removed"]);
    expect(removed).toMatchObject({ id: grant!.id, pinEncrypted: null });
    expect(visitsOf(exivo.sim, s.resident.phone!).map((v) => v.revoked)).toEqual([true]);
    expect(await tryPin(exivo.sim, pin, C.laundry, inAWeek())).toBe("denied");
    expect(await getKeyGrant(token)).toBeNull();
    const actions = (await auditOf(env, [grant!.id])).map((event) => event.action);
    expect(actions).toEqual(["access.requested", "access.in_progress", "access.active", "access.delivery_pending", "access.removal_pending", "access.removed"]);
  });

  it("removal from the organisation revokes the community access; deleting the community then goes through", async () => {
    const s = await createExivoScenario(env, exivo.sim, { rule: undefined });
    const { community } = await addCommunityWithRule(env, s, { accessIdentifier: `accessPoint:${C.laundry}` });
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [grant] = await waitForStandingGrants(env, s.resident.id, ["active"]);
    expect(await deleteCommunity({ actor: s.asAdmin, input: { communityId: community.id } })).toEqual({ deleted: false, pendingRemovals: 1 });
    await removeMember({ actor: s.asAdmin, input: { userId: s.resident.id } });
    await waitForStandingGrants(env, s.resident.id, ["removed"]);
    expect(await tryPin(exivo.sim, pinOf(grant!), C.laundry, inAWeek())).toBe("denied");
    expect(await deleteCommunity({ actor: s.asAdmin, input: { communityId: community.id } })).toEqual({ deleted: true });
    expect(await standingGrantsOf(env, s.resident.id)).toEqual([]);
  });
});

describe(`community access over time and by rule (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("renewal on exivo: before the window ends a new grant takes over; the old one is retired once the new one works", async () => {
    const s = await createExivoScenario(env, exivo.sim, { rule: undefined });
    const { community } = await addCommunityWithRule(env, s, { accessIdentifier: `accessPoint:${C.laundry}` });
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [first] = await waitForStandingGrants(env, s.resident.id, ["active"]);
    expect(await reconcileStandingAccess({ orgId: s.org.id })).toEqual({ created: 0, retired: 0, renewed: 0 });

    const later = new Date(first!.window.end.getTime() - 10 * DAY);
    exivo.sim.control.setClock(later);
    expect(await reconcileStandingAccess({ orgId: s.org.id, now: later })).toEqual({ created: 0, retired: 0, renewed: 1 });
    const [old, renewed] = await waitForStandingGrants(env, s.resident.id, ["removed", "active"]);
    expect(old!.id).toBe(first!.id);
    expect(renewed!.window).toEqual({ start: later, end: new Date(later.getTime() + 365 * DAY) });
    const afterOldEnd = new Date(first!.window.end.getTime() + DAY);
    expect(await tryPin(exivo.sim, pinOf(renewed!), C.laundry, afterOldEnd)).toBe("permitted");
    expect(await tryPin(exivo.sim, pinOf(first!), C.laundry, later)).toBe("denied");
  });

  it("renewal on Xesar: the same mobile key gets the longer window in place", async () => {
    const s = await createXesarScenario(env, xesar);
    const { community } = await addCommunityWithRule(env, s, { accessIdentifier: `accessPoint:${P.laundry}` });
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [first] = await waitForStandingGrants(env, s.resident.id, ["activation_pending"]);
    const later = new Date(first!.window.end.getTime() - 10 * DAY);
    expect(await reconcileStandingAccess({ orgId: s.org.id, now: later })).toMatchObject({ renewed: 1 });
    const [renewed] = await waitFor(
      () => standingGrantsOf(env, s.resident.id),
      (grants) => grants.length === 1 && grants[0]!.status === "activation_pending" && grants[0]!.window.end.getTime() > first!.window.end.getTime(),
      { what: "the renewed window in place" },
    );
    expect(renewed!.id).toBe(first!.id);
    expect(renewed!.window.end).toEqual(new Date(later.getTime() + 365 * DAY));
    expect(mediaOf(xesar, s.resident.phone!)).toHaveLength(1);
  });

  it("a rule added to a community with members grants them access; releasing the rule revokes it, then lets it go", async () => {
    const s = await createExivoScenario(env, exivo.sim, { rule: undefined });
    const { db } = env.database;
    const [community] = await db.insert(communities).values({ orgId: s.org.id, siteId: s.site.id, name: "Laundry club" }).returning();
    expect(await addCommunityMember({ actor: s.asAdmin, input: { communityId: community!.id, userId: s.resident.id } })).toEqual({ created: 0, retired: 0 });
    const [rule] = await db.insert(accessRules).values({ orgId: s.org.id, kind: "community", communityId: community!.id, accessIdentifier: `accessPoint:${C.laundry}` }).returning();
    await db.transaction((tx) => syncCommunityAccess(tx, { orgId: s.org.id, ruleId: rule!.id }));
    const [grant] = await waitForStandingGrants(env, s.resident.id, ["active"]);

    expect(await db.transaction((tx) => releaseCommunityRules(tx, { orgId: s.org.id, ruleId: rule!.id }))).toEqual({ retired: 1, pending: 1 });
    await waitForStandingGrants(env, s.resident.id, ["removed"]);
    expect(await tryPin(exivo.sim, pinOf(grant!), C.laundry, inAWeek())).toBe("denied");
    expect(await db.transaction((tx) => releaseCommunityRules(tx, { orgId: s.org.id, ruleId: rule!.id }))).toEqual({ retired: 0, pending: 0 });
    await db.delete(accessRules).where(eq(accessRules.id, rule!.id));
    expect(await standingGrantsOf(env, s.resident.id)).toEqual([]);
  });
  it("the cockpit's access-rule service: a new community rule grants its members at once; deleting it waits for the removal", async () => {
    const s = await createExivoScenario(env, exivo.sim, { rule: undefined });
    const [community] = await env.database.db.insert(communities).values({ orgId: s.org.id, siteId: s.site.id, name: "Laundry club" }).returning();
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community!.id, userId: s.resident.id } });
    const actor = { userId: s.admin.id, orgId: s.org.id };
    const rule = await createAccessRule({
      actor,
      input: { kind: "community", communityId: community!.id, integrationId: s.integration.id, accessIdentifier: `accessPoint:${C.laundry}`, credentialType: "pin_link", resourceId: null, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, sendPinBySms: false },
    });
    const [grant] = await waitForStandingGrants(env, s.resident.id, ["active"]);
    expect(await tryPin(exivo.sim, pinOf(grant!), C.laundry, inAWeek())).toBe("permitted");

    expect(await deleteAccessRule({ actor, input: { ruleId: rule.id } })).toEqual({ deleted: false, pendingRemovals: 1 });
    await waitForStandingGrants(env, s.resident.id, ["removed"]);
    expect(await tryPin(exivo.sim, pinOf(grant!), C.laundry, inAWeek())).toBe("denied");
    expect(await deleteAccessRule({ actor, input: { ruleId: rule.id } })).toEqual({ deleted: true });
    expect(await env.database.db.select().from(accessRules).where(eq(accessRules.id, rule.id))).toEqual([]);
  });
});

describe(`community access on Xesar (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("add member -> mobile key to the member's phone, usable once activated; remove -> revoked at Xesar and denied", async () => {
    const s = await createXesarScenario(env, xesar);
    const { community } = await addCommunityWithRule(env, s, { accessIdentifier: `accessPoint:${P.laundry}` });
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [pending] = await waitForStandingGrants(env, s.resident.id, ["activation_pending"]);
    expect(pending).toMatchObject({ credentialType: "mobile_key", pinEncrypted: null });
    const [medium] = mediaOf(xesar, s.resident.phone!);
    expect(new Set(medium!.targets.map((t) => t.id))).toEqual(new Set([P.laundry, P.mainEntrance, P.cloakroom]));
    await activateMobileKey(xesar, medium!.id);
    await reconcileAccess({ orgId: s.org.id });
    await waitForStandingGrants(env, s.resident.id, ["active"]);
    expect(await present(xesar, medium!.id, P.laundry, inAWeek())).toBe("permitted");
    expect(await present(xesar, medium!.id, P.meetingRoom, inAWeek())).toBe("denied");

    await removeCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    await waitForStandingGrants(env, s.resident.id, ["removed"]);
    expect(mediaOf(xesar, s.resident.phone!)[0]).toMatchObject({ mediumState: "REVOKED" });
    expect(await present(xesar, medium!.id, P.laundry, inAWeek())).toBe("denied");
  });

  it("a member without a phone -> failed with the reason, no crash; adding the number issues the key", async () => {
    const s = await createXesarScenario(env, xesar);
    const { db } = env.database;
    const phone = s.resident.phone!;
    await db.update(users).set({ phone: null }).where(eq(users.id, s.resident.id));
    const { community } = await addCommunityWithRule(env, s, { accessIdentifier: `accessPoint:${P.laundry}` });
    await addCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [failed] = await waitForStandingGrants(env, s.resident.id, ["failed"]);
    expect(failed!.lastError).toMatch(/mobile number/);
    expect(failed!.attempts).toBe(1);

    await updateMemberPhone({ actor: s.asAdmin, input: { userId: s.resident.id, phone } });
    const [, issued] = await waitForStandingGrants(env, s.resident.id, ["removed", "activation_pending"]);
    expect(issued!.vendorRefs.mediumId).toBe(mediaOf(xesar, phone)[0]!.id);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { addCommunityMember, deleteCommunity, removeCommunityMember } from "@/lib/communities/service";
import { removeMember, updateMemberPhone } from "@/lib/people/members-service";
import { DEMO_COMPONENT_IDS as C } from "@/lib/locks/exivo/simulator/demo-installation";
import { DEMO_ACCESS_POINTS as P } from "@/lib/locks/xesar/simulator/demo-installation";
import { startXesarSimulator, type XesarSimulator } from "@/lib/locks/xesar/simulator/start-simulator";
import { reconcileAccess } from "./reconcile";
import { addCommunityWithRule, keyMessagesTo, standingGrantsOf, waitForStandingGrants } from "./testing/community-scenario";
import { createExivoScenario, pinOf, tryPin, useExivoSimulator, visitsOf } from "./testing/exivo-scenario";
import { auditOf, useAccessTestEnvironment } from "./testing/setup";
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

    await removeCommunityMember({ actor: s.asAdmin, input: { communityId: community.id, userId: s.resident.id } });
    const [removed] = await waitForStandingGrants(env, s.resident.id, ["removed"]);
    expect(removed).toMatchObject({ id: grant!.id, pinEncrypted: null });
    expect(visitsOf(exivo.sim, s.resident.phone!).map((v) => v.revoked)).toEqual([true]);
    expect(await tryPin(exivo.sim, pin, C.laundry, inAWeek())).toBe("denied");
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

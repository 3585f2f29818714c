import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { accessRules, lockIntegrations } from "@/db/schema";
import { useTestDatabase } from "@/db/testing-hooks";
import { createSecurityCast, isRefusal, type SecurityCast } from "@/lib/testing/action-security";
import { createResource } from "@/db/factories";
import { createConnectedSite } from "@/lib/resources/testing";
import { createAccessRuleAction, deleteAccessRuleAction, previewAccessAction, updateAccessRuleAction } from "./actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const state = useTestDatabase();
const SECRET = "access-rule-test-secret-must-never-leak";

async function setup() {
  const cast = await createSecurityCast(state.database);
  const connected = await createConnectedSite(state.database.db, cast.org.id);
  const { db } = state.database;
  await db.update(lockIntegrations).set({ credentialsEncrypted: SECRET }).where(eq(lockIntegrations.id, connected.integration.id));
  const [rule] = await db
    .insert(accessRules)
    .values({ orgId: cast.org.id, kind: "booking", resourceId: connected.resource.id, bufferBeforeMinutes: 5, bufferAfterMinutes: 5 })
    .returning();
  // A resource without a rule yet, so creating one is allowed for the organisation's admin.
  const free = await createResource(db, cast.org.id, connected.site.id, { accessIdentifier: "accessPoint:store-1" });
  return { cast, rule: rule!, free, ...connected };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const ruleInput = (resourceId: string) => ({
  kind: "booking" as const,
  resourceId,
  communityId: null,
  integrationId: null,
  accessIdentifier: "zone:zone-1",
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 30,
  credentialType: "pin_link" as const,
  sendPinBySms: false,
});

const ACTIONS: [string, (s: Setup) => Promise<{ ok: boolean; code?: string }>, boolean][] = [
  ["createAccessRuleAction", (s) => createAccessRuleAction(ruleInput(s.free.id)), true],
  ["updateAccessRuleAction", (s) => updateAccessRuleAction({ ruleId: s.rule.id, rule: ruleInput(s.resource.id) }), true],
  ["deleteAccessRuleAction", (s) => deleteAccessRuleAction({ ruleId: s.rule.id }), true],
  ["previewAccessAction", (s) => previewAccessAction({ resourceId: s.resource.id }), false],
];

async function snapshot() {
  return state.database.db.select().from(accessRules).orderBy(accessRules.createdAt);
}

const as = (cast: SecurityCast, who: "asNobody" | "asResident" | "asOtherAdmin" | "asAdmin") => cast[who]();

describe("access-rule actions are the admin's, of their own organisation only", () => {
  describe.each(ACTIONS)("%s", (_name, call, writes) => {
    it.each([
      ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
      ["a resident", "asResident", "FORBIDDEN"],
      ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
    ] as const)("%s is refused and nothing changes", async (_who, who, code) => {
      const s = await setup();
      as(s.cast, who);
      const before = await snapshot();
      const result = await call(s);
      expect(isRefusal(result)).toBe(true);
      expect(result).toMatchObject({ ok: false, code });
      expect(await snapshot()).toEqual(before);
    });

    it("the organisation's admin can, and the response holds no integration secret", async () => {
      const s = await setup();
      as(s.cast, "asAdmin");
      const before = await snapshot();
      const result = await call(s);
      expect(result).toMatchObject({ ok: true });
      expect(JSON.stringify(result)).not.toContain(SECRET);
      if (writes) expect(await snapshot()).not.toEqual(before);
      else expect(result).toMatchObject({ data: { resourceName: "Meeting room" } });
    });
  });
});

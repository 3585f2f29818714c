import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { lockIntegrations, resources } from "@/db/schema";
import { useTestDatabase } from "@/db/testing-hooks";
import { createSecurityCast, isRefusal, type SecurityCast } from "@/lib/testing/action-security";
import { createConnectedSite } from "./testing";
import { archiveResourceAction, createResourceAction, updateResourceAction } from "./actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const state = useTestDatabase();
const SECRET = "resource-test-secret-must-never-leak";

async function setup() {
  const cast = await createSecurityCast(state.database);
  const connected = await createConnectedSite(state.database.db, cast.org.id);
  await state.database.db.update(lockIntegrations).set({ credentialsEncrypted: SECRET }).where(eq(lockIntegrations.id, connected.integration.id));
  return { cast, ...connected };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const fields = { kind: "workshop", description: null, capacity: 3, requiresApproval: true, requiresPhone: false, accessIdentifier: "accessPoint:store-1", rules: {} };

// Each action with a valid input for the organisation's own data, and what must not have changed on refusal.
const ACTIONS: [string, (s: Setup) => Promise<{ ok: boolean; code?: string }>][] = [
  ["createResourceAction", (s) => createResourceAction({ ...fields, siteId: s.site.id, name: "New workshop" })],
  ["updateResourceAction", (s) => updateResourceAction({ ...fields, resourceId: s.resource.id, name: "Renamed" })],
  ["archiveResourceAction", (s) => archiveResourceAction({ resourceId: s.resource.id, archived: true })],
];

async function snapshot() {
  return state.database.db.select().from(resources).orderBy(resources.createdAt);
}

const as = (cast: SecurityCast, who: "asNobody" | "asResident" | "asOtherAdmin" | "asAdmin") => cast[who]();

describe("resource actions are the admin's, of their own organisation only", () => {
  describe.each(ACTIONS)("%s", (_name, call) => {
    it.each([
      ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
      ["a resident", "asResident", "FORBIDDEN"],
      ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
    ] as const)("%s is refused and nothing changes", async (_who, who, code) => {
      const s = await setup();
      const before = await snapshot();
      as(s.cast, who);
      const result = await call(s);
      expect(isRefusal(result)).toBe(true);
      expect(result).toMatchObject({ ok: false, code });
      expect(await snapshot()).toEqual(before);
    });

    it("the organisation's admin can, and the response holds no integration secret", async () => {
      const s = await setup();
      const before = await snapshot();
      as(s.cast, "asAdmin");
      const result = await call(s);
      expect(result).toMatchObject({ ok: true });
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expect(await snapshot()).not.toEqual(before);
    });
  });
});

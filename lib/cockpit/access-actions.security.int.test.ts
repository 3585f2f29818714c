import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { createOrganization, createUser } from "@/db/factories";
import { recoverKeyLink } from "@/lib/access/key-link";
import { bookRoom, createExivoScenario, pinOf, useExivoSimulator, visitsOf } from "@/lib/access/testing/exivo-scenario";
import { grantsOf, useAccessTestEnvironment, waitForGrants } from "@/lib/access/testing/setup";
import { isRefusal } from "@/lib/testing/action-security";
import { actAs } from "@/lib/testing/session-double";
import { getAccessUrlAction, getLockSystemLinkAction, reissueAccessAction, revealPinAction, revokeAccessAction } from "./access-actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every access action of the booking detail, against every caller: nobody -> UNAUTHENTICATED, a resident of the
// organisation -> FORBIDDEN, an admin of another organisation -> NOT_FOUND (and nothing changed, nothing
// revealed), the organisation's admin -> works.

const env = useAccessTestEnvironment();
const t = useExivoSimulator();

const ACTIONS = [
  ["reveal PIN", revealPinAction],
  ["copy access URL", getAccessUrlAction],
  ["open in the lock system", getLockSystemLinkAction],
  ["re-issue", reissueAccessAction],
  ["revoke", revokeAccessAction],
] as const;

let day = 0;

async function setUp() {
  const s = await createExivoScenario(env, t.sim);
  day++;
  const date = `2027-07-${String(day).padStart(2, "0")}`;
  const booking = await bookRoom(s, `${date}T10:00`, `${date}T11:00`);
  const [grant] = await waitForGrants(env, booking.id, ["active"]);
  const otherOrg = await createOrganization(env.database.db);
  const otherAdmin = await createUser(env.database.db, otherOrg.id, "admin");
  return { s, booking, grant: grant!, otherOrg, otherAdmin };
}

describe("the booking detail's access actions are the admin's, of their own organisation only", () => {
  it.each(ACTIONS)("%s", async (_name, action) => {
    const { s, booking, grant, otherOrg, otherAdmin } = await setUp();
    const secrets = [pinOf(grant), recoverKeyLink(grant)!, visitsOf(t.sim, s.resident.phone!)[0]!.link];
    const refusals = [
      ["nobody", () => actAs(null), "UNAUTHENTICATED"],
      ["a resident", () => actAs(s.resident, s.org.id), "FORBIDDEN"],
      ["another organisation's admin", () => actAs(otherAdmin, otherOrg.id), "NOT_FOUND"],
    ] as const;
    for (const [who, as, code] of refusals) {
      as();
      const result = await action({ grantId: grant.id });
      expect(isRefusal(result), who).toBe(true);
      expect(result, who).toMatchObject({ ok: false, code });
      for (const secret of secrets) expect(JSON.stringify(result)).not.toContain(secret);
    }
    // Nothing changed: the same single grant, active, and no event caused by anyone but the engine.
    expect((await grantsOf(env, booking.id)).map((g) => g.status)).toEqual(["active"]);
    const byPeople = (await env.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, grant.id))).filter((e) => e.actorUserId !== null);
    expect(byPeople).toEqual([]);

    actAs(s.admin, s.org.id);
    expect(await action({ grantId: grant.id })).toMatchObject({ ok: true });
  });

  it("a malformed id is refused as validation, not a database error", async () => {
    const { s } = await setUp();
    actAs(s.admin, s.org.id);
    for (const [, action] of ACTIONS) expect(await action({ grantId: "not-a-uuid" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

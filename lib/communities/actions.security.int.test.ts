import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, communities, communityMembers } from "@/db/schema";
import { createSite } from "@/db/factories";
import { createSecurityCast, isRefusal, type SecurityCast } from "@/lib/testing/action-security";
import { useBookingTestDatabase } from "@/lib/bookings/testing/setup";
import { addCommunityMemberAction, createCommunityAction, deleteCommunityAction, removeCommunityMemberAction, updateCommunityAction } from "./actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every Communities action: nobody -> UNAUTHENTICATED, a resident -> FORBIDDEN, another organisation's admin
// -> NOT_FOUND with nothing changed, the organisation's admin -> works.

const env = useBookingTestDatabase();

async function arrange() {
  const cast = await createSecurityCast(env.database);
  const { db } = env.database;
  const site = await createSite(db, cast.org.id);
  const [community] = await db.insert(communities).values({ orgId: cast.org.id, name: "Building A" }).returning();
  await db.insert(communityMembers).values({ communityId: community!.id, userId: cast.admin.id });
  return { cast, site, community: community! };
}

type Arranged = Awaited<ReturnType<typeof arrange>>;

/** The organisation's communities and memberships as they stand, to prove a refused call changed nothing. */
async function snapshot(cast: SecurityCast) {
  const { db } = env.database;
  const rows = await db.select().from(communities).where(eq(communities.orgId, cast.org.id));
  const members = await db.select().from(communityMembers);
  return JSON.stringify({ rows: rows.map((r) => [r.id, r.name, r.siteId]), members: members.map((m) => [m.communityId, m.userId]).sort() });
}

const cases: [string, (a: Arranged) => Promise<{ ok: boolean; code?: string }>][] = [
  ["create a community (at one of the organisation's sites)", (a) => createCommunityAction({ name: "New", description: "", siteId: a.site.id })],
  ["rename a community", (a) => updateCommunityAction({ communityId: a.community.id, name: "Renamed", description: "", siteId: "" })],
  ["add a member", (a) => addCommunityMemberAction({ communityId: a.community.id, userId: a.cast.resident.id })],
  ["remove a member", (a) => removeCommunityMemberAction({ communityId: a.community.id, userId: a.cast.admin.id })],
  ["delete a community", (a) => deleteCommunityAction({ communityId: a.community.id })],
];

describe("Communities actions are the admin's, of their own organisation only", () => {
  describe.each(cases)("%s", (_name, call) => {
    it.each([
      ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
      ["a resident", "asResident", "FORBIDDEN"],
      ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
    ] as const)("%s is refused and nothing changes", async (_who, as, code) => {
      const arranged = await arrange();
      const before = await snapshot(arranged.cast);
      arranged.cast[as]();
      const result = await call(arranged);
      expect(isRefusal(result)).toBe(true);
      expect(result).toMatchObject({ ok: false, code });
      expect(await snapshot(arranged.cast)).toBe(before);
    });

    it("the organisation's admin can, and it is audited", async () => {
      const arranged = await arrange();
      const before = await snapshot(arranged.cast);
      arranged.cast.asAdmin();
      expect(await call(arranged)).toMatchObject({ ok: true });
      expect(await snapshot(arranged.cast)).not.toBe(before);
      const audit = await env.database.db.select().from(auditEvents).where(eq(auditEvents.orgId, arranged.cast.org.id));
      expect(audit.filter((e) => e.action.startsWith("community.") && e.actorUserId === arranged.cast.admin.id)).toHaveLength(1);
    });
  });
});

import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, memberships, notifications, users } from "@/db/schema";
import { createSecurityCast, isRefusal, type SecurityCast } from "@/lib/testing/action-security";
import { useBookingTestDatabase } from "@/lib/bookings/testing/setup";
import { changeMemberRoleAction, invitePersonAction, removeMemberAction, updateMemberPhoneAction } from "./member-actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every People action: nobody -> UNAUTHENTICATED, a resident -> FORBIDDEN, another organisation's admin ->
// NOT_FOUND with nothing changed (inviting touches only the inviter's own organisation), the admin -> works.

const env = useBookingTestDatabase();

/** The organisation's memberships and its members' phones as they stand. */
async function snapshot(cast: SecurityCast) {
  const rows = await env.database.db
    .select({ userId: memberships.userId, role: memberships.role, phone: users.phone })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, cast.org.id));
  return JSON.stringify(rows.map((r) => [r.userId, r.role, r.phone]).sort());
}

const cases: [string, (cast: SecurityCast) => Promise<{ ok: boolean; code?: string }>, boolean][] = [
  ["invite a person", () => invitePersonAction({ name: "Nina New", email: "nina@example.test", phone: "0664 7654321", role: "resident", locale: "de" }), false],
  ["change a role", (cast) => changeMemberRoleAction({ userId: cast.resident.id, role: "admin" }), true],
  ["edit a phone number", (cast) => updateMemberPhoneAction({ userId: cast.resident.id, phone: "+43 664 9999999" }), true],
  ["remove a person", (cast) => removeMemberAction({ userId: cast.resident.id }), true],
];

describe("People actions are the admin's, of their own organisation only", () => {
  describe.each(cases)("%s", (_name, call, namesAMember) => {
    it.each([
      ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
      ["a resident", "asResident", "FORBIDDEN"],
      ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
    ] as const)("%s is refused or stays in their own organisation", async (_who, as, code) => {
      const cast = await createSecurityCast(env.database);
      const before = await snapshot(cast);
      cast[as]();
      const result = await call(cast);
      if (as !== "asOtherAdmin" || namesAMember) {
        expect(isRefusal(result)).toBe(true);
        expect(result).toMatchObject({ ok: false, code });
      }
      expect(await snapshot(cast)).toBe(before);
    });

    it("the organisation's admin can, and it is audited", async () => {
      const cast = await createSecurityCast(env.database);
      const before = await snapshot(cast);
      cast.asAdmin();
      expect(await call(cast)).toMatchObject({ ok: true });
      expect(await snapshot(cast)).not.toBe(before);
      const audit = await env.database.db.select().from(auditEvents).where(and(eq(auditEvents.orgId, cast.org.id), eq(auditEvents.actorUserId, cast.admin.id)));
      expect(audit.filter((e) => e.action.startsWith("person."))).toHaveLength(1);
    });
  });

  it("an invitation e-mail with a sign-in link goes through the outbox; the action's answer holds no token", async () => {
    const cast = await createSecurityCast(env.database);
    cast.asAdmin();
    const result = await invitePersonAction({ name: "Nina New", email: "Nina@Example.test", phone: "0664 7654321", role: "resident", locale: "de" });
    expect(result).toMatchObject({ ok: true });
    const [mail] = await env.database.db.select().from(notifications).where(eq(notifications.recipient, "nina@example.test"));
    expect(mail).toMatchObject({ kind: "people.invitation", channel: "email" });
    const token = /token=([0-9a-f]{64})/.exec(mail!.text)?.[1];
    expect(token).toBeDefined();
    expect(mail!.text).toContain("/api/auth/callback/email?");
    expect(JSON.stringify(result)).not.toContain(token);
    const [user] = await env.database.db.select().from(users).where(eq(users.email, "nina@example.test"));
    expect(user).toMatchObject({ name: "Nina New", phone: "+436647654321", locale: "de" });
  });

  it("the last admin cannot be demoted or removed; with a second admin they can", async () => {
    const cast = await createSecurityCast(env.database);
    cast.asAdmin();
    expect(await changeMemberRoleAction({ userId: cast.admin.id, role: "resident" })).toMatchObject({ ok: false, code: "CONFLICT", error: "members.errors.lastAdmin" });
    expect(await removeMemberAction({ userId: cast.admin.id })).toMatchObject({ ok: false, code: "CONFLICT", error: "members.errors.lastAdmin" });
    expect(await changeMemberRoleAction({ userId: cast.resident.id, role: "admin" })).toMatchObject({ ok: true });
    expect(await changeMemberRoleAction({ userId: cast.admin.id, role: "resident" })).toMatchObject({ ok: true });
  });

  it("inviting someone who is already a member is refused at the e-mail field", async () => {
    const cast = await createSecurityCast(env.database);
    cast.asAdmin();
    const result = await invitePersonAction({ name: "Again", email: cast.resident.email, phone: "", role: "resident", locale: "en" });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: ["members.errors.alreadyMember"] } });
  });
});

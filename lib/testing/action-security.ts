import type { TestDatabase } from "@/db/testing";
import { createOrganization, createUser } from "@/db/factories";
import { actAs } from "./session-double";

// The cast of the cockpit security tests: an organisation with its admin and a resident, and a second
// organisation with its own admin. Each test file that calls server actions needs, at its top:
//   vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
//   vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

export async function createSecurityCast(database: TestDatabase) {
  const { db } = database;
  const org = await createOrganization(db);
  const admin = await createUser(db, org.id, "admin", { phone: "+43664000101" });
  const resident = await createUser(db, org.id, "resident", { phone: "+43664000102" });
  const otherOrg = await createOrganization(db);
  const otherAdmin = await createUser(db, otherOrg.id, "admin", { phone: "+43664000201" });
  return {
    org,
    admin,
    resident,
    otherOrg,
    otherAdmin,
    asAdmin: () => actAs(admin, org.id),
    asResident: () => actAs(resident, org.id),
    asOtherAdmin: () => actAs(otherAdmin, otherOrg.id),
    asNobody: () => actAs(null),
  };
}

export type SecurityCast = Awaited<ReturnType<typeof createSecurityCast>>;

type ActionResultLike = { ok: boolean; code?: string };

/** A refusal that reveals nothing: forbidden for the wrong role, not found for another organisation's ids. */
export function isRefusal(result: ActionResultLike): boolean {
  return !result.ok && ["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"].includes(result.code ?? "");
}

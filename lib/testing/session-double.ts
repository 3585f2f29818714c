// Stands in for next-auth's `auth()` in integration tests of server actions: the cookie decoding is
// Next's request edge, which tests do not have. Everything behind it is real: authedAction loads the
// membership, organisation and role from the database for the user set here.
// Use in a test file: vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));

type FakeSession = { user: { id: string }; orgId: string } | null;

let current: FakeSession = null;

export function actAs(user: { id: string } | null, orgId?: string): void {
  current = user && orgId ? { user: { id: user.id }, orgId } : null;
}

export async function auth(): Promise<FakeSession> {
  return current;
}

export const handlers = {};
export async function signIn(): Promise<never> {
  throw new Error("signIn is not available in action tests");
}
export async function signOut(): Promise<never> {
  throw new Error("signOut is not available in action tests");
}

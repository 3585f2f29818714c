import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { memberships, organizations, users } from "@/db/schema";
import { auth } from "./auth";
import type { Role } from "./config";

export type SessionContext = {
  user: { id: string; email: string; name: string | null; phone: string | null; locale: "de" | "en" };
  org: { id: string; name: string };
  role: Role;
};

/**
 * The signed-in user with organisation and role, read from the database on every request (not trusted
 * from the cookie), so a removed membership or changed role takes effect at once.
 */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.orgId) return null;
  return loadSessionContext(userId, session.orgId);
});

export async function loadSessionContext(userId: string, orgId: string): Promise<SessionContext | null> {
  const db = await getDb();
  const [row] = await db
    .select({ user: users, org: { id: organizations.id, name: organizations.name }, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .limit(1);
  if (!row) return null;
  const { id, email, name, phone, locale } = row.user;
  return { user: { id, email, name, phone, locale }, org: row.org, role: row.role };
}

/** For pages: sends anonymous visitors to the sign-in page. */
export async function requireUser(): Promise<SessionContext> {
  const context = await getSessionContext();
  if (!context) redirect("/sign-in");
  return context;
}

/** For cockpit pages: residents get 403 (app/forbidden.tsx). */
export async function requireAdmin(): Promise<SessionContext> {
  const context = await requireUser();
  if (context.role !== "admin") forbidden();
  return context;
}

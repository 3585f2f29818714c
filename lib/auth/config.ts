import type { NextAuthConfig } from "next-auth";
import { ensureAuthSecret } from "@/lib/env";

export type Role = "admin" | "resident";

/**
 * The part of the Auth.js config that needs no database: used by proxy.ts to read the session cookie.
 * The full config (lib/auth/auth.ts) adds the adapter and the providers.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: ensureAuthSecret(),
    trustHost: true,
    // Credentials sign-in needs JWT sessions; the role is re-read from the database on every server check.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [],
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.orgId = typeof token.orgId === "string" ? token.orgId : undefined;
        session.role = token.role === "admin" || token.role === "resident" ? token.role : undefined;
        return session;
      },
    },
  };
}

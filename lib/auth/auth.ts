import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { baseAuthConfig } from "./config";
import { sendMagicLink } from "./magic-link";
import { findPrimaryMembership, findUserByEmail } from "./users";
import { verifyPassword } from "./password";
import { passwordSignInSchema } from "./schemas";
import { recordAudit } from "@/lib/audit/record";
import { logger } from "@/lib/server/logger";

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  const base = baseAuthConfig();
  return {
    ...base,
    logger: {
      error(error) {
        // A wrong password is an expected answer (shown to the user, audited by sign-in-limit.ts), not a fault.
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        const cause = (error.cause as { err?: unknown } | undefined)?.err;
        logger.error("auth error", { name: error.name, message: error.message, cause: cause instanceof Error ? cause.message : undefined });
      },
    },
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never),
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = passwordSignInSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const user = await findUserByEmail(parsed.data.email);
          const valid = await verifyPassword(parsed.data.password, user?.passwordHash);
          if (!user || !valid) throw new CredentialsSignin();
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      {
        id: "email",
        type: "email",
        name: "E-mail",
        maxAge: 15 * 60,
        sendVerificationRequest: ({ identifier, url, expires }) => sendMagicLink({ email: identifier, url, expires }),
      },
    ],
    callbacks: {
      ...base.callbacks,
      // Only people who already belong to an organisation may sign in; magic links never create accounts.
      async signIn({ user }) {
        const existing = user.email ? await findUserByEmail(user.email) : null;
        return Boolean(existing && (await findPrimaryMembership(existing.id)));
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const membership = await findPrimaryMembership(user.id);
          token.orgId = membership?.orgId;
          token.role = membership?.role;
        }
        return token;
      },
    },
    events: {
      async signIn({ user, account }) {
        if (!user.id) return;
        const membership = await findPrimaryMembership(user.id);
        await recordAudit({
          orgId: membership?.orgId ?? null,
          actorUserId: user.id,
          action: "auth.sign_in",
          data: { method: account?.provider ?? "unknown" },
        });
      },
    },
  };
});

"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn, signOut } from "./auth";
import { magicLinkSchema, passwordSignInSchema } from "./schemas";
import { findUserByEmail } from "./users";
import { validationFailure, type ActionResult } from "@/lib/actions/action";
import { getEnv } from "@/lib/env";
import { clientAddressFrom } from "@/lib/server/client-address";
import { isSignInLocked, recordFailedSignIn } from "./sign-in-limit";

// Sign-in runs before there is a session, so these two cannot use authedAction; they share its result shape.

export async function signInWithPassword(input: unknown, redirectTo = "/"): Promise<ActionResult<never>> {
  const parsed = passwordSignInSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const attempt = { email: parsed.data.email, clientAddress: clientAddressFrom(await headers(), getEnv().TRUSTED_PROXY_HOPS) };
  if (await isSignInLocked(attempt)) return { ok: false, code: "RATE_LIMITED", error: "auth.tooManyAttempts" };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirect(redirectTo) });
  } catch (error) {
    if (error instanceof AuthError) {
      await recordFailedSignIn(attempt);
      return { ok: false, code: "UNAUTHENTICATED", error: "auth.wrongPassword" };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: false, error: "errors.generic" };
}

export async function requestMagicLink(input: unknown, redirectTo = "/"): Promise<ActionResult<{ sent: true }>> {
  const parsed = magicLinkSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  // Answer the same for unknown addresses, so the form cannot be used to find out who has an account.
  if (await findUserByEmail(parsed.data.email)) {
    await signIn("email", { email: parsed.data.email, redirect: false, redirectTo: safeRedirect(redirectTo) });
  }
  return { ok: true, data: { sent: true } };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/** Only same-site paths: a crafted ?callbackUrl must not send people elsewhere after sign-in. */
function safeRedirect(target: string): string {
  return target.startsWith("/") && !target.startsWith("//") ? target : "/";
}

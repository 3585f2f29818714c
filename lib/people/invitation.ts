import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "@/db";
import { verificationTokens } from "@/db/schema";
import { ensureAuthSecret, getEnv } from "@/lib/env";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { NOTIFICATION_DELIVER_QUEUE } from "@/lib/jobs/queues";
import { escapeHtml } from "@/lib/notifications/escape-html";
import { enqueueMessage } from "@/lib/notifications/outbox";

// The invitation e-mail: a sign-in link of the existing magic-link sign-in (Auth.js "email" provider), valid
// longer than one asked for on the sign-in page, because an invitation may wait in the inbox for a few days.
// Auth.js stores only SHA-256(token + AUTH_SECRET) in verification_tokens and checks the link against it; the
// token itself is only in the e-mail. Written to the outbox with its delivery job in the caller's transaction.

export const INVITATION_DAYS = 7;

type Invitation = { orgId: string; email: string; name: string; locale: Locale; orgName: string; inviterName: string };

export async function issueInvitation(tx: DbOrTx, invitation: Invitation): Promise<{ notificationId: string }> {
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  await tx.insert(verificationTokens).values({ identifier: invitation.email, token: hashAuthToken(token), expires });
  const url = buildSignInUrl(getEnv().APP_URL, invitation.email, token);
  const t = createTranslator(invitation.locale);
  const values = { name: invitation.name, org: invitation.orgName, inviter: invitation.inviterName, days: INVITATION_DAYS };
  const lines = [t("members.invitation.greeting", values), t("members.invitation.intro", values), t("members.invitation.expiry", values)];
  const stored = await enqueueMessage(
    {
      orgId: invitation.orgId,
      channel: "email",
      kind: "people.invitation",
      recipient: invitation.email,
      subject: t("members.invitation.subject", values),
      text: `${lines[0]}\n\n${lines[1]}\n\n${url}\n\n${lines[2]}`,
      html: `<p>${escapeHtml(lines[0]!)}</p><p>${escapeHtml(lines[1]!)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(t("members.invitation.button"))}</a></p><p>${escapeHtml(lines[2]!)}</p>`,
      expiresAt: expires,
    },
    tx,
  );
  await enqueueJob(tx, NOTIFICATION_DELIVER_QUEUE, { notificationId: stored.id });
  return { notificationId: stored.id };
}

/** As Auth.js hashes verification tokens (@auth/core lib/utils/web.ts createHash(`${token}${secret}`)). */
export function hashAuthToken(token: string): string {
  return createHash("sha256").update(`${token}${ensureAuthSecret()}`).digest("hex");
}

/** The magic-link callback of the "email" provider (lib/auth/auth.ts), landing on the portal after sign-in. */
export function buildSignInUrl(appUrl: string, email: string, token: string): string {
  const base = appUrl.replace(/\/+$/, "");
  const params = new URLSearchParams({ callbackUrl: `${base}/`, token, email });
  return `${base}/api/auth/callback/email?${params.toString()}`;
}

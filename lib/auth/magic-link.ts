import { enqueueMessage } from "@/lib/notifications/outbox";
import { deliverMessage } from "@/lib/notifications/deliver";
import { createTranslator } from "@/lib/i18n/translate";
import { escapeHtml } from "@/lib/notifications/escape-html";
import { findUserByEmail } from "./users";

type MagicLinkRequest = { email: string; url: string; expires: Date };

/** Auth.js calls this for the e-mail provider: the link goes through the outbox like every other message. */
export async function sendMagicLink({ email, url, expires }: MagicLinkRequest): Promise<void> {
  const user = await findUserByEmail(email);
  if (!user) return; // unknown addresses get no mail; the form answers the same either way
  const t = createTranslator(user.locale);
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const { id } = await enqueueMessage({
    channel: "email",
    kind: "auth.magic_link",
    recipient: email,
    subject: t("email.magicLink.subject"),
    text: `${t("email.magicLink.intro")}\n\n${url}\n\n${t("email.magicLink.expiry", { minutes })}`,
    html: `<p>${escapeHtml(t("email.magicLink.intro"))}</p><p><a href="${escapeHtml(url)}">${escapeHtml(t("email.magicLink.button"))}</a></p><p>${escapeHtml(t("email.magicLink.expiry", { minutes }))}</p>`,
    expiresAt: expires,
  });
  // Delivered at once (not by a job): the person is waiting for it. A provider failure is stored on the message.
  await deliverMessage(id).catch(() => undefined);
}

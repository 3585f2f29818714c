import { eq, sql } from "drizzle-orm";
import { Resend } from "resend";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import { getEnv, isDevMailboxEnabled } from "@/lib/env";

/**
 * Delivers one outbox message: through Resend when RESEND_API_KEY is set (RESEND_BASE_URL honoured),
 * otherwise it stays in the dev mailbox. The status is stored either way; a provider failure also throws,
 * so the job that called it is retried.
 */
export async function deliverMessage(id: string): Promise<void> {
  const db = await getDb();
  const [message] = await db
    .update(notifications)
    .set({ status: "sending", attempts: sql`${notifications.attempts} + 1` })
    .where(eq(notifications.id, id))
    .returning();
  if (!message) return;
  const env = getEnv();
  if (message.channel !== "email" || !env.RESEND_API_KEY) {
    const status = isDevMailboxEnabled(env) ? "delivered_to_dev_mailbox" : "failed";
    const lastError = status === "failed" ? "No provider configured for this channel" : null;
    await db.update(notifications).set({ status, lastError, provider: "dev-mailbox" }).where(eq(notifications.id, id));
    return;
  }
  const resend = new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  const { data, error } = await resend.emails.send({
    from: env.EMAIL_FROM,
    to: message.recipient,
    subject: message.subject ?? "Keyslot",
    text: message.text,
    html: message.html ?? undefined,
    attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  });
  await db
    .update(notifications)
    .set(
      error
        ? { status: "failed", lastError: `${error.name}: ${error.message}`, provider: "resend" }
        : { status: "sent", sentAt: new Date(), provider: "resend", providerMessageId: data?.id ?? null, lastError: null },
    )
    .where(eq(notifications.id, id));
  if (error) throw new Error(`E-mail delivery failed: ${error.name}`);
}

/** For delivery jobs: a message already sent (a job retried after its success) is not sent twice. */
export async function deliverQueuedMessage(id: string): Promise<void> {
  const db = await getDb();
  const [row] = await db.select({ status: notifications.status }).from(notifications).where(eq(notifications.id, id));
  if (row?.status === "queued" || row?.status === "failed") await deliverMessage(id);
}

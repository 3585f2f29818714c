import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { notifications, type NotificationAttachment } from "@/db/schema";

export type OutgoingMessage = {
  orgId?: string | null;
  channel: "email" | "sms";
  kind: string;
  recipient: string;
  subject?: string;
  text: string;
  html?: string;
  attachments?: NotificationAttachment[];
  /** For messages carrying a secret: the cleanup erases them after this. */
  expiresAt?: Date;
  /** Same key, same message: a retried job does not write (or send) it twice. */
  dedupeKey?: string;
};

/**
 * Writes a message to the outbox (inside the caller's transaction when given) and returns its id and
 * status; with a dedupeKey that exists already, the existing message is returned instead.
 */
export async function enqueueMessage(message: OutgoingMessage, tx?: DbOrTx): Promise<{ id: string; status: string }> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .insert(notifications)
    .values({ ...message, attachments: message.attachments ?? [] })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id, status: notifications.status });
  if (row) return row;
  const [existing] = await db
    .select({ id: notifications.id, status: notifications.status })
    .from(notifications)
    .where(eq(notifications.dedupeKey, message.dedupeKey!));
  return existing!;
}

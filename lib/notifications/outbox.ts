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
};

/** Writes a message to the outbox (inside the caller's transaction when given) and returns its id. */
export async function enqueueMessage(message: OutgoingMessage, tx?: DbOrTx): Promise<string> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .insert(notifications)
    .values({ ...message, attachments: message.attachments ?? [] })
    .returning({ id: notifications.id });
  return row!.id;
}

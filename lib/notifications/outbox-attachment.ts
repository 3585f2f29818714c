import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { notifications, type NotificationAttachment } from "@/db/schema";

// Attachments of outbox messages as downloads, for the dev mailbox (and the e2e tests that fetch an .ics
// from it). Attachment content is stored base64-encoded, the form Resend takes it in.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The attachment at `index` of message `messageId`, or null when either does not exist. */
export async function getOutboxAttachment({ messageId, index }: { messageId: string; index: number }): Promise<NotificationAttachment | null> {
  // A malformed id would make Postgres reject the uuid cast: that is "not found", not a server error.
  if (!UUID.test(messageId) || !Number.isSafeInteger(index) || index < 0) return null;
  const db = await getDb();
  const [row] = await db
    .select({ attachments: notifications.attachments })
    .from(notifications)
    .where(eq(notifications.id, messageId))
    .limit(1);
  return row?.attachments[index] ?? null;
}

/** The decoded file with its content type, offered as a download under its own name. */
export function createAttachmentResponse(attachment: NotificationAttachment): Response {
  const body = new Uint8Array(Buffer.from(attachment.content, "base64"));
  const asciiName = attachment.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(body, {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "content-length": String(body.byteLength),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export function getAttachmentPath(messageId: string, index: number): string {
  return `/dev/mailbox/${messageId}/attachments/${index}`;
}

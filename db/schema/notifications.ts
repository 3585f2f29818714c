import { integer, jsonb, pgTable, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { notificationChannel, notificationStatus } from "./enums";
import { organizations } from "./organizations";

export type NotificationAttachment = { filename: string; contentType: string; content: string };

/** Outbox: every e-mail and SMS is written here first, then delivered by a job; status is kept. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    orgId: uuid("org_id").references(() => organizations.id, { onDelete: "cascade" }),
    channel: notificationChannel("channel").notNull(),
    /** What the message is about, e.g. "auth.magic_link", "booking.confirmed". */
    kind: text("kind").notNull(),
    /** Makes writing a message idempotent for retried jobs, e.g. "booking.confirmed:<id>:v2:<recipient>". */
    dedupeKey: text("dedupe_key").unique(),
    recipient: text("recipient").notNull(),
    subject: text("subject"),
    text: text("text").notNull(),
    html: text("html"),
    attachments: jsonb("attachments").$type<NotificationAttachment[]>().notNull().default([]),
    status: notificationStatus("status").notNull().default("queued"),
    provider: text("provider"),
    providerMessageId: text("provider_message_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Messages carrying secrets (magic links, PINs) are erased after this. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index("notifications_status_idx").on(t.status), index("notifications_recipient_idx").on(t.recipient)],
);

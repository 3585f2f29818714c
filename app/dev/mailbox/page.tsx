import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import { isDevMailboxEnabled } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkifiedText } from "@/components/ui/linkified-text";
import { getAttachmentPath } from "@/lib/notifications/outbox-attachment";

export const metadata: Metadata = { title: "Dev mailbox" };

/** Outgoing messages when no provider is configured. Off in production (it shows magic links). */
export default async function DevMailboxPage() {
  await connection();
  if (!isDevMailboxEnabled()) notFound();
  const t = await getT();
  const db = await getDb();
  const messages = await db.select().from(notifications).orderBy(desc(notifications.createdAt)).limit(100);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader title={t("mailbox.title")} description={t("mailbox.intro")} />
      {messages.length === 0 ? (
        <EmptyState title={t("mailbox.empty")} />
      ) : (
        <ol className="flex flex-col gap-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="mailbox-message" data-recipient={message.recipient}>
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <p className="font-semibold">{message.subject ?? message.kind}</p>
                <time className="text-xs text-stone-500" dateTime={message.createdAt.toISOString()}>
                  {message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                </time>
              </div>
              <p className="mt-1 text-xs text-stone-600">
                {t("mailbox.to")}: {message.recipient} · {message.channel} · {t("mailbox.status")}: {message.status}
              </p>
              <LinkifiedText text={message.text} className="mt-3 whitespace-pre-wrap break-words text-sm" />
              {message.attachments.length > 0 ? (
                <ul className="mt-2 flex flex-wrap gap-3 text-xs text-stone-500">
                  {message.attachments.map((attachment, index) => (
                    <li key={index}>
                      📎{" "}
                      <a
                        href={getAttachmentPath(message.id, index)}
                        download={attachment.filename}
                        className="text-brand-700 underline"
                        data-testid="mailbox-attachment"
                      >
                        {attachment.filename}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

import { isDevMailboxEnabled } from "@/lib/env";
import { createAttachmentResponse, getOutboxAttachment } from "@/lib/notifications/outbox-attachment";

type Context = { params: Promise<{ id: string; index: string }> };

/**
 * Downloads one attachment of a dev-mailbox message (e.g. a booking's .ics). Off wherever the mailbox is off.
 * Dynamic without `connection()`: a route with params and no generateStaticParams is never prerendered.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  if (!isDevMailboxEnabled()) return new Response("Not found", { status: 404 });
  const { id, index } = await params;
  const attachment = /^\d{1,3}$/.test(index) ? await getOutboxAttachment({ messageId: id, index: Number(index) }) : null;
  if (!attachment) return new Response("Not found", { status: 404 });
  return createAttachmentResponse(attachment);
}

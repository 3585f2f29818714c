import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accessRules, bookings, doors, resources, sites, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getEnv } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { NOTIFICATION_DELIVER_QUEUE } from "@/lib/jobs/queues";
import { enqueueMessage, type OutgoingMessage } from "@/lib/notifications/outbox";
import { openPin } from "./access-pin";
import type { Grant } from "./grant-store";
import { buildStandingMessages } from "./community-delivery";
import { buildKeyEmail, buildKeySms, type KeyMessageInput } from "./key-message";

/**
 * Where the access engine hands a usable credential to the holder. For a pin_link grant: the PIN and the
 * digital-key link by e-mail (holder's address, else the booker's) and by SMS when the rule says so, written
 * to the outbox in this same transaction with a delivery job, so a committed "active" always has its message
 * and a retried finish never writes it twice (dedupeKey per grant and channel). Mobile keys: the lock system
 * sends its own message; only the audit event. The PIN and token go into the message only, never a log.
 */
export async function issueDeliveryNotification(tx: DbOrTx, { grant, keyToken }: { grant: Grant; keyToken: string | null }): Promise<void> {
  const messages = keyToken ? await buildGrantMessages(tx, grant, keyToken) : [];
  const queued: { channel: string; id: string }[] = [];
  for (const message of messages) {
    const stored = await enqueueMessage({ ...message, orgId: grant.orgId, expiresAt: grant.window.end, dedupeKey: `access.key:${grant.id}:${message.channel}` }, tx);
    if (stored.status === "queued") await enqueueJob(tx, NOTIFICATION_DELIVER_QUEUE, { notificationId: stored.id });
    queued.push({ channel: message.channel, id: stored.id });
  }
  await recordAudit(
    {
      orgId: grant.orgId,
      actorUserId: null,
      action: "access.delivery_pending",
      entityType: "access_grant",
      entityId: grant.id,
      data: { bookingId: grant.bookingId, credentialType: grant.credentialType, keyLink: keyToken !== null, notifications: queued },
    },
    tx,
  );
}

async function buildGrantMessages(tx: DbOrTx, grant: Grant, keyToken: string): Promise<OutgoingMessage[]> {
  const pin = openPin(grant.pinEncrypted);
  if (!pin) return [];
  if (!grant.bookingId) return buildStandingMessages(tx, grant, { keyToken, pin });
  const [row] = await tx
    .select({ booking: bookings, resourceName: resources.name, site: sites, booker: users })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(users, eq(users.id, bookings.bookerId))
    .where(and(eq(bookings.id, grant.bookingId), eq(bookings.orgId, grant.orgId)));
  if (!row) return [];
  const doorRows = grant.doorIds.length
    ? await tx.select({ name: doors.name }).from(doors).where(and(inArray(doors.id, grant.doorIds), eq(doors.orgId, grant.orgId)))
    : [];
  const [rule] = grant.accessRuleId
    ? await tx.select({ sendPinBySms: accessRules.sendPinBySms }).from(accessRules).where(eq(accessRules.id, grant.accessRuleId))
    : [];
  const input: KeyMessageInput = {
    locale: row.booker?.locale ?? "en",
    appUrl: getEnv().APP_URL,
    keyToken,
    pin,
    window: grant.window,
    timeZone: row.site.timeZone,
    resourceName: row.resourceName,
    siteName: row.site.name,
    doorNames: doorRows.map((door) => door.name).sort((a, b) => a.localeCompare(b)),
  };
  const messages: OutgoingMessage[] = [];
  const email = row.booking.holderEmail ?? row.booker?.email;
  if (email) messages.push(buildKeyEmail({ ...input, recipient: email }));
  const phone = row.booking.holderPhone ?? row.booker?.phone;
  if (rule?.sendPinBySms && phone) messages.push(buildKeySms({ ...input, recipient: phone }));
  return messages;
}

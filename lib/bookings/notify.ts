import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { bookings, lockIntegrations, resources, sites, users } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { buildBookingEmail } from "@/lib/notifications/booking-email";
import { enqueueMessage } from "@/lib/notifications/outbox";
import { deliverMessage } from "@/lib/notifications/deliver";
import type { BookingNotifyPayload } from "@/lib/jobs/queues";

/**
 * The booking.notify job: writes the e-mails of one booking change to the outbox (once, even when the job
 * is retried) and delivers those not delivered yet. Goes to the booker, and to the holder's e-mail when the
 * booking is for someone else.
 */
export async function sendBookingEmails(payload: BookingNotifyPayload): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .select({ booking: bookings, resource: resources, site: sites, vendor: lockIntegrations.vendor, booker: users })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(lockIntegrations, eq(lockIntegrations.id, sites.integrationId))
    .leftJoin(users, eq(users.id, bookings.bookerId))
    .where(and(eq(bookings.id, payload.bookingId), eq(bookings.orgId, payload.orgId)));
  if (!row) return;
  const recipients = new Set([row.booker?.email, row.booking.holderEmail].filter((email): email is string => Boolean(email)));
  for (const recipient of recipients) {
    const message = await buildBookingEmail({
      kind: payload.kind,
      locale: row.booker?.locale ?? "en",
      recipient,
      booking: { ...row.booking, version: payload.version, bookerName: row.booker?.name ?? null },
      resource: row.resource,
      site: row.site,
      vendor: row.vendor,
      appUrl: getEnv().APP_URL,
    });
    const stored = await enqueueMessage({
      ...message,
      orgId: payload.orgId,
      dedupeKey: `booking.${payload.kind}:${payload.bookingId}:v${payload.version}:${recipient}`,
    });
    if (stored.status === "queued" || stored.status === "failed") await deliverMessage(stored.id);
  }
}

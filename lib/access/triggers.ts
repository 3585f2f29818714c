import type { BookingEventPayload } from "@/lib/jobs/queues";
import { logger } from "@/lib/server/logger";
import { syncBookingAccess } from "./booking-access";

/**
 * The access engine's handler for booking.confirmed, .cancelled, .declined and .rescheduled. Every event
 * leads to the same reconciliation of the booking's grants with the booking as it is now (booking-access.ts),
 * so the handler needs neither the event's name nor its version. Most changes settle their access in their
 * own transaction already (booking-access.ts) and enqueue no event; the rest come here.
 */
export async function handleBookingEvent(queue: string, payload: BookingEventPayload): Promise<void> {
  logger.info("access: booking event", { queue, bookingId: payload.bookingId, version: payload.version });
  await syncBookingAccess({ orgId: payload.orgId, bookingId: payload.bookingId });
}

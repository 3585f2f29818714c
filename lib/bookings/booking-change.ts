import type { DbOrTx } from "@/db";
import type { bookings } from "@/db/schema";
import { followBookingInTransaction } from "@/lib/access/booking-access";
import { recordAudit } from "@/lib/audit/record";
import { enqueueJob } from "@/lib/jobs/enqueue";
import {
  BOOKING_EVENT_QUEUES,
  BOOKING_NOTIFY_QUEUE,
  type BookingEmailKind,
  type BookingEventName,
  type BookingEventPayload,
  type BookingNotifyPayload,
} from "@/lib/jobs/queues";
import type { Actor } from "./load";

type Booking = typeof bookings.$inferSelect;

type Change = {
  actor: Actor;
  booking: Booking;
  /** Audit action, e.g. "booking.created". */
  action: string;
  /** Domain event for the access engine, when the change affects door access. */
  event?: BookingEventName;
  email: BookingEmailKind;
  previousPeriod?: Booking["period"];
  data?: Record<string, unknown>;
};

/**
 * Everything that must commit together with a booking change: the audit event, the door access (or the
 * domain event job that settles it) and the e-mail job. Called inside the change's transaction, so none of
 * them exists without the change.
 */
export async function recordBookingChange(tx: DbOrTx, change: Change): Promise<void> {
  const { actor, booking } = change;
  await recordAudit(
    {
      orgId: booking.orgId,
      actorUserId: actor.userId,
      action: change.action,
      entityType: "booking",
      entityId: booking.id,
      data: {
        status: booking.status,
        version: booking.version,
        start: booking.period.start.toISOString(),
        end: booking.period.end.toISOString(),
        ...change.data,
      },
    },
    tx,
  );
  if (change.event) {
    // Booking + access plan + sync job in one transaction. Only what could not be decided here (a window
    // change of a grant already sent, or a planning error) is left to the booking event's job.
    const accessSettled = await followBookingInTransaction(tx, booking);
    if (!accessSettled) {
      const payload: BookingEventPayload = {
        bookingId: booking.id,
        orgId: booking.orgId,
        version: booking.version,
        ...(change.previousPeriod && {
          previousPeriod: { start: change.previousPeriod.start.toISOString(), end: change.previousPeriod.end.toISOString() },
        }),
      };
      await enqueueJob(tx, BOOKING_EVENT_QUEUES[change.event], payload);
    }
  }
  const notify: BookingNotifyPayload = { bookingId: booking.id, orgId: booking.orgId, version: booking.version, kind: change.email };
  await enqueueJob(tx, BOOKING_NOTIFY_QUEUE, notify);
}

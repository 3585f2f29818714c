// Job queues and their payloads. Booking events are enqueued in the booking's own transaction.

export const BOOKING_EVENT_QUEUES = {
  confirmed: "booking.confirmed",
  cancelled: "booking.cancelled",
  declined: "booking.declined",
  rescheduled: "booking.rescheduled",
} as const;

/** Builds and sends the e-mails of a booking change (rendering stays out of the booking transaction). */
export const BOOKING_NOTIFY_QUEUE = "booking.notify";

export type BookingEventName = keyof typeof BOOKING_EVENT_QUEUES;

export type BookingEventPayload = {
  bookingId: string;
  orgId: string;
  version: number;
  /** For rescheduled: the period before the change, so the access engine can replace the old access. */
  previousPeriod?: { start: string; end: string };
};

export type BookingEmailKind = "confirmed" | "pending" | "declined" | "cancelled" | "rescheduled";

export type BookingNotifyPayload = { bookingId: string; orgId: string; version: number; kind: BookingEmailKind };

export const ALL_QUEUES: string[] = [...Object.values(BOOKING_EVENT_QUEUES), BOOKING_NOTIFY_QUEUE];

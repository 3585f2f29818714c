// Job queues and their payloads. Booking events are enqueued in the booking's own transaction.

export const BOOKING_EVENT_QUEUES = {
  confirmed: "booking.confirmed",
  cancelled: "booking.cancelled",
  declined: "booking.declined",
  rescheduled: "booking.rescheduled",
} as const;

/** Builds and sends the e-mails of a booking change (rendering stays out of the booking transaction). */
export const BOOKING_NOTIFY_QUEUE = "booking.notify";

/** Delivers one outbox message written inside another transaction (the digital-key e-mail and SMS). */
export const NOTIFICATION_DELIVER_QUEUE = "notification.deliver";

export type NotificationDeliverPayload = { notificationId: string };

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

/**
 * The access engine (lib/access/). One sync queue does all vendor work of a grant (provision, change, revoke):
 * the job reads what the grant should be and takes one step towards it, so provisioning and revoking one
 * grant can never run at the same time. Reconcile and cleanup run on a schedule.
 */
export const ACCESS_QUEUES = {
  sync: "access.sync",
  reconcile: "access.reconcile",
  cleanup: "access.cleanup",
  startCheck: "access.start-check",
} as const;

export type AccessSyncPayload = { grantId: string };

export const ALL_QUEUES: string[] = [...Object.values(BOOKING_EVENT_QUEUES), BOOKING_NOTIFY_QUEUE, NOTIFICATION_DELIVER_QUEUE, ...Object.values(ACCESS_QUEUES)];

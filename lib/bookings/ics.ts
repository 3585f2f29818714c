import { createEvent, type EventAttributes, type EventStatus } from "ics";
import type { TimeRange } from "@/db/schema/columns";
import { formatPeriod } from "@/lib/i18n/format";
import { createTranslator, type Locale } from "@/lib/i18n/translate";

export type IcsMethod = "REQUEST" | "CANCEL";

export type BookingIcsInput = {
  booking: { id: string; period: TimeRange; version: number; status: "pending" | "confirmed" | "declined" | "cancelled" };
  resourceName: string;
  siteName: string;
  /** The site's IANA zone: shown in the description, so the site's wall-clock time is visible in any calendar. */
  timeZone: string;
  locale: Locale;
  /** The booking page. */
  url: string;
  method: IcsMethod;
  /** iTIP wants an organizer on REQUEST and CANCEL; calendars match updates by it and the UID. */
  organizer?: { name?: string; email: string };
  /** The recipient, so calendars file the event as theirs; no reply is asked for. */
  attendee?: { name?: string; email: string };
  /** DTSTAMP; defaults to now. */
  now?: Date;
};

export class IcsError extends Error {}

/**
 * The booking as an iCalendar event. Times go out in UTC (no VTIMEZONE needed, nothing for a calendar to
 * misread across DST); the UID is the booking's, so a reschedule (higher SEQUENCE = booking version) or a
 * cancellation updates the same calendar entry instead of adding one.
 */
export function createBookingIcs(input: BookingIcsInput): string {
  const { booking, method } = input;
  const t = createTranslator(input.locale);
  const cancelled = method === "CANCEL" || booking.status === "cancelled" || booking.status === "declined";
  const names = { resource: input.resourceName, site: input.siteName };
  const period = formatPeriod(booking.period, input.timeZone, input.locale);
  const attributes: EventAttributes = {
    productId: "-//Keyslot//Bookings//EN",
    method,
    uid: createBookingUid(booking.id),
    sequence: booking.version,
    start: booking.period.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.period.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: cancelled
      ? t("bookingEmail.ics.summaryCancelled", names)
      : booking.status === "pending"
        ? t("bookingEmail.ics.summaryPending", names)
        : t("bookingEmail.ics.summary", names),
    description: [
      t("bookingEmail.ics.localTime", { site: input.siteName, zone: input.timeZone, period }),
      t("bookingEmail.ics.link", { url: input.url }),
    ].join("\n"),
    location: `${input.resourceName}, ${input.siteName}`,
    url: input.url,
    status: toEventStatus(cancelled, booking.status),
    busyStatus: cancelled ? "FREE" : "BUSY",
    ...(input.organizer ? { organizer: input.organizer } : {}),
    ...(input.attendee ? { attendees: [{ ...input.attendee, rsvp: false, partstat: "ACCEPTED", role: "REQ-PARTICIPANT" }] } : {}),
  };
  // `timestamp` (DTSTAMP) is accepted by ics at runtime but missing from its types.
  const withStamp = input.now ? { ...attributes, timestamp: input.now.getTime() } : attributes;
  const { error, value } = createEvent(withStamp);
  if (error || !value) {
    throw new IcsError(`Could not create the calendar file for booking ${booking.id}: ${error?.message ?? "empty output"}`, {
      cause: error ?? undefined,
    });
  }
  return value;
}

/** Stable across versions of one booking: calendars use it to find the entry to update or cancel. */
export function createBookingUid(bookingId: string): string {
  return `booking-${bookingId}@keyslot`;
}

function toEventStatus(cancelled: boolean, status: BookingIcsInput["booking"]["status"]): EventStatus {
  if (cancelled) return "CANCELLED";
  return status === "pending" ? "TENTATIVE" : "CONFIRMED";
}

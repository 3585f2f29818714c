import { createElement } from "react";
import { render, toPlainText } from "@react-email/render";
import type { TimeRange } from "@/db/schema/columns";
import type { LocalizedText } from "@/db/schema/sites";
import { describeAccessSection } from "@/lib/access/access-section";
import { describePlannedAccess } from "@/lib/access/planned-access";
import { createBookingIcs, type IcsMethod } from "@/lib/bookings/ics";
import { getEnv } from "@/lib/env";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import type { LockVendor } from "@/lib/locks/types";
import type { OutgoingMessage } from "./outbox";
import { BookingEmail, type BookingEmailKind } from "./templates/booking-email";

export type { BookingEmailKind } from "./templates/booking-email";

export type BookingEmailInput = {
  kind: BookingEmailKind;
  /** The recipient's language. */
  locale: Locale;
  recipient: string;
  booking: {
    id: string;
    period: TimeRange;
    version: number;
    status: "pending" | "confirmed" | "declined" | "cancelled";
    holderName: string;
    holderPhone: string | null;
    /** When given and equal to the holder, the "Booked for" line is left out (the recipient booked for themself). */
    bookerName?: string | null;
  };
  resource: { name: string; accessIdentifier: string | null };
  site: { name: string; timeZone: string; accessInfo: LocalizedText | null };
  vendor: LockVendor | null;
  appUrl: string;
  orgId?: string | null;
  /** ORGANIZER of the .ics; defaults to EMAIL_FROM. */
  organizer?: { name?: string; email: string };
};

export const ICS_FILENAME = "booking.ics";

/**
 * A booking e-mail ready for the outbox: subject, HTML and plain text from one React template, and the
 * booking as an .ics (REQUEST adds or updates the calendar entry, CANCEL removes it).
 */
export async function buildBookingEmail(input: BookingEmailInput): Promise<OutgoingMessage> {
  const { kind, locale, booking, site } = input;
  const t = createTranslator(locale);
  const method: IcsMethod = kind === "cancelled" || kind === "declined" ? "CANCEL" : "REQUEST";
  const bookingUrl = `${input.appUrl.replace(/\/+$/, "")}/bookings/${encodeURIComponent(booking.id)}`;
  const planned = describePlannedAccess({
    vendor: input.vendor,
    accessIdentifier: input.resource.accessIdentifier,
    holderPhone: booking.holderPhone,
  });
  // The kind is what just happened; for a reschedule only the booking knows whether it still awaits approval.
  const status = kind === "rescheduled" ? booking.status : kind;
  const access = describeAccessSection({ planned, status, site, locale }, t);

  const html = await render(
    createElement(BookingEmail, {
      kind,
      locale,
      resourceName: input.resource.name,
      siteName: site.name,
      period: formatPeriod(booking.period, site.timeZone, locale),
      timeZone: site.timeZone,
      holderName: isForSomeoneElse(booking) ? booking.holderName : null,
      bookingUrl,
      access,
      calendar: method === "CANCEL" ? "cancel" : "request",
    }),
  );
  const ics = createBookingIcs({
    booking,
    resourceName: input.resource.name,
    siteName: site.name,
    timeZone: site.timeZone,
    locale,
    url: bookingUrl,
    method,
    organizer: input.organizer ?? parseMailbox(getEnv().EMAIL_FROM),
    attendee: { email: input.recipient },
  });

  return {
    orgId: input.orgId ?? null,
    channel: "email",
    kind: `booking.${kind}`,
    recipient: input.recipient,
    subject: t(`bookingEmail.subject.${kind}`, {
      resource: input.resource.name,
      date: formatDateTime(booking.period.start, site.timeZone, locale),
    }),
    html,
    text: toPlainText(html),
    attachments: [
      {
        filename: ICS_FILENAME,
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        // Resend takes attachment content as base64; the dev mailbox decodes the same string.
        content: Buffer.from(ics, "utf8").toString("base64"),
      },
    ],
  };
}

function isForSomeoneElse(booking: BookingEmailInput["booking"]): boolean {
  if (booking.bookerName == null) return true;
  return normalizeName(booking.bookerName) !== normalizeName(booking.holderName);
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** "Keyslot <no-reply@example.org>" or a bare address; undefined for anything else (the .ics then has no organizer). */
export function parseMailbox(value: string): { name?: string; email: string } | undefined {
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/.exec(value);
  if (!match) return undefined;
  const name = match[1]?.trim();
  const email = (match[2] ?? match[3])!;
  return name ? { name, email } : { email };
}

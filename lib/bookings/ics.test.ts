import { describe, expect, it } from "vitest";
import { createBookingIcs, createBookingUid, IcsError, type BookingIcsInput } from "./ics";
import { readIcsProperty, unescapeIcsText, unfoldIcs } from "@/lib/testing/ics";

const id = "6f1c2a4e-7d1b-4c3a-9e55-0a1b2c3d4e5f";
const base: BookingIcsInput = {
  booking: {
    id,
    period: { start: new Date("2026-03-29T00:30:00Z"), end: new Date("2026-03-29T01:30:00Z") },
    version: 3,
    status: "confirmed",
  },
  resourceName: "Meeting room; 1st floor",
  siteName: "Vienna, Main St",
  timeZone: "Europe/Vienna",
  locale: "en",
  url: `http://localhost:3000/bookings/${id}`,
  method: "REQUEST",
  organizer: { name: "Keyslot", email: "no-reply@keyslot.local" },
  now: new Date("2026-03-01T12:00:00Z"),
};

describe("createBookingIcs", () => {
  it("writes the period in UTC with a stable UID and the booking version as SEQUENCE", () => {
    const ics = createBookingIcs(base);
    expect(readIcsProperty(ics, "METHOD")).toBe("REQUEST");
    expect(readIcsProperty(ics, "UID")).toBe(`booking-${id}@keyslot`);
    expect(createBookingUid(id)).toBe(`booking-${id}@keyslot`);
    expect(readIcsProperty(ics, "DTSTART")).toBe("20260329T003000Z");
    expect(readIcsProperty(ics, "DTEND")).toBe("20260329T013000Z");
    expect(readIcsProperty(ics, "DTSTAMP")).toBe("20260301T120000Z");
    expect(readIcsProperty(ics, "SEQUENCE")).toBe("3");
    expect(readIcsProperty(ics, "STATUS")).toBe("CONFIRMED");
    expect(readIcsProperty(ics, "URL")).toBe(base.url);
    expect(readIcsProperty(ics, "ORGANIZER")).toBe("MAILTO:no-reply@keyslot.local");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(unfoldIcs(ics).every((line) => !line.startsWith("DTSTART;TZID"))).toBe(true);
  });

  it("shows the site's local time and zone name in the description, across the DST change", () => {
    const description = unescapeIcsText(readIcsProperty(createBookingIcs(base), "DESCRIPTION")!);
    expect(description).toBe(
      `Local time at Vienna, Main St (Europe/Vienna): Sun, 29 Mar 2026, 01:30 CET – 03:30 CEST\nBooking: ${base.url}`,
    );
    const german = unescapeIcsText(readIcsProperty(createBookingIcs({ ...base, locale: "de" }), "DESCRIPTION")!);
    expect(german).toContain("Ortszeit am Standort Vienna, Main St (Europe/Vienna): So., 29. März 2026, 01:30 MEZ – 03:30 MESZ");
  });

  it("escapes the summary and location", () => {
    const ics = createBookingIcs(base);
    expect(readIcsProperty(ics, "SUMMARY")).toBe("Meeting room\\; 1st floor\\, Vienna\\, Main St");
    expect(unescapeIcsText(readIcsProperty(ics, "LOCATION")!)).toBe("Meeting room; 1st floor, Vienna, Main St");
  });

  it("cancels the same event with a higher sequence", () => {
    const request = createBookingIcs(base);
    const cancel = createBookingIcs({ ...base, method: "CANCEL", booking: { ...base.booking, status: "cancelled", version: 4 } });
    expect(readIcsProperty(cancel, "METHOD")).toBe("CANCEL");
    expect(readIcsProperty(cancel, "STATUS")).toBe("CANCELLED");
    expect(readIcsProperty(cancel, "UID")).toBe(readIcsProperty(request, "UID"));
    expect(readIcsProperty(cancel, "SEQUENCE")).toBe("4");
  });

  it("marks a pending booking tentative and a declined one cancelled", () => {
    const pending = createBookingIcs({ ...base, booking: { ...base.booking, status: "pending" } });
    expect(readIcsProperty(pending, "STATUS")).toBe("TENTATIVE");
    expect(readIcsProperty(pending, "SUMMARY")).toContain("(awaiting approval)");
    const declined = createBookingIcs({ ...base, method: "CANCEL", booking: { ...base.booking, status: "declined" } });
    expect(readIcsProperty(declined, "STATUS")).toBe("CANCELLED");
  });

  it("names the recipient as an attendee without asking for a reply", () => {
    const ics = createBookingIcs({ ...base, attendee: { email: "anna@example.org" } });
    const attendee = unfoldIcs(ics).find((line) => line.startsWith("ATTENDEE"));
    expect(attendee).toContain("RSVP=FALSE");
    expect(attendee).toMatch(/mailto:anna@example\.org$/);
  });

  it("throws a clear error when ics refuses the event", () => {
    const broken = { ...base, booking: { ...base.booking, version: 2 ** 31 } };
    expect(() => createBookingIcs(broken)).toThrow(IcsError);
    expect(() => createBookingIcs(broken)).toThrow(`Could not create the calendar file for booking ${id}`);
  });
});

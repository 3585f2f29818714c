import { describe, expect, it } from "vitest";
import { readIcsProperty } from "@/lib/testing/ics";
import { buildBookingEmail, parseMailbox, type BookingEmailInput, type BookingEmailKind } from "./booking-email";

const id = "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const input: BookingEmailInput = {
  kind: "confirmed",
  locale: "en",
  recipient: "anna@example.org",
  booking: {
    id,
    period: { start: new Date("2026-06-02T08:00:00Z"), end: new Date("2026-06-02T10:30:00Z") },
    version: 1,
    status: "confirmed",
    holderName: "Ben Guest",
    holderPhone: "+41791234512",
    bookerName: "Anna Muster",
  },
  resource: { name: "Seminar room", accessIdentifier: "accessPoint:seminar-1" },
  site: { name: "Oerlikon", timeZone: "Europe/Zurich", accessInfo: { de: "Eingang über den Hof.", en: "Enter through the courtyard.\nRing bell 3." } },
  vendor: "xesar",
  appUrl: "https://keyslot.example.org/",
  orgId: "org-1",
};

const build = (overrides: Partial<BookingEmailInput> = {}) => buildBookingEmail({ ...input, ...overrides });
const decode = (content: string) => Buffer.from(content, "base64").toString("utf8");

describe("buildBookingEmail", () => {
  it("builds an outbox message with subject, HTML, text and the booking link", async () => {
    const message = await build();
    expect(message).toMatchObject({ channel: "email", kind: "booking.confirmed", recipient: "anna@example.org", orgId: "org-1" });
    expect(message.subject).toBe("Booking confirmed: Seminar room on Tue, 2 Jun 2026, 10:00 CEST");
    expect(message.html).toMatch(/<html [^>]*lang="en"/);
    expect(message.html).toContain(`href="https://keyslot.example.org/bookings/${id}"`);
    expect(message.text).toContain("Your booking is confirmed".toUpperCase());
    expect(message.text).toContain("Time: Tue, 2 Jun 2026, 10:00–12:30 CEST");
    expect(message.text).toContain("Times are in the site's time zone (Europe/Zurich).");
    expect(message.text).toContain(`View booking https://keyslot.example.org/bookings/${id}`);
  });

  it("has the Access control section with the masked phone and the site's text", async () => {
    const { text, html } = await build();
    expect(text).toContain("ACCESS CONTROL");
    expect(text).toContain("Your access code will be sent by SMS to +41 79 *** ** 12; activate it in the EVVA Xesar app within 48 hours.");
    expect(text).toContain("Enter through the courtyard.\nRing bell 3.");
    expect(html).not.toContain("+41791234512");
    expect(text).not.toContain("1234512");
  });

  it("writes German for a German recipient", async () => {
    const message = await build({ locale: "de", vendor: "exivo" });
    expect(message.subject).toBe("Buchung bestätigt: Seminar room am Di., 2. Juni 2026, 10:00 MESZ");
    expect(message.html).toMatch(/<html [^>]*lang="de"/);
    expect(message.text).toContain("Zeit: Di., 2. Juni 2026, 10:00–12:30 Uhr MESZ");
    expect(message.text).toContain("Gebucht für: Ben Guest");
    expect(message.text).toContain("ZUTRITTSKONTROLLE");
    expect(message.text).toContain("Sie erhalten einen Link und einen PIN");
    expect(message.text).toContain("Eingang über den Hof.");
  });

  it.each<[BookingEmailKind, string, string]>([
    ["confirmed", "Booking confirmed: Seminar room on Tue, 2 Jun 2026, 10:00 CEST", "REQUEST"],
    ["pending", "Booking awaiting approval: Seminar room on Tue, 2 Jun 2026, 10:00 CEST", "REQUEST"],
    ["declined", "Booking declined: Seminar room on Tue, 2 Jun 2026, 10:00 CEST", "CANCEL"],
    ["cancelled", "Booking cancelled: Seminar room on Tue, 2 Jun 2026, 10:00 CEST", "CANCEL"],
    ["rescheduled", "Booking moved: Seminar room, now on Tue, 2 Jun 2026, 10:00 CEST", "REQUEST"],
  ])("%s: subject, outbox kind and a decodable .ics with the right method", async (kind, subject, method) => {
    const status = kind === "pending" ? "pending" : kind === "declined" || kind === "cancelled" ? kind : "confirmed";
    const message = await build({ kind, booking: { ...input.booking, status, version: 2 } });
    expect(message.subject).toBe(subject);
    expect(message.kind).toBe(`booking.${kind}`);
    expect(message.attachments).toHaveLength(1);
    const [attachment] = message.attachments!;
    expect(attachment).toMatchObject({ filename: "booking.ics", contentType: `text/calendar; charset=utf-8; method=${method}` });
    const ics = decode(attachment!.content);
    expect(readIcsProperty(ics, "METHOD")).toBe(method);
    expect(readIcsProperty(ics, "UID")).toBe(`booking-${id}@keyslot`);
    expect(readIcsProperty(ics, "SEQUENCE")).toBe("2");
    expect(readIcsProperty(ics, "DTSTART")).toBe("20260602T080000Z");
    expect(readIcsProperty(ics, "DTEND")).toBe("20260602T103000Z");
    expect(readIcsProperty(ics, "STATUS")).toBe(method === "CANCEL" ? "CANCELLED" : kind === "pending" ? "TENTATIVE" : "CONFIRMED");
    expect(readIcsProperty(ics, "ORGANIZER")).toBe("MAILTO:no-reply@keyslot.local");
  });

  it("words each kind and its calendar note differently", async () => {
    const texts = await Promise.all(
      (["pending", "declined", "cancelled", "rescheduled"] as const).map(async (kind) => (await build({ kind })).text),
    );
    expect(texts[0]).toContain("Once your booking is approved:");
    expect(texts[1]).toContain("No door access will be issued for this booking.");
    expect(texts[1]).toContain("removes the booking from your calendar");
    expect(texts[2]).toContain("The door access for this booking is withdrawn.");
    expect(texts[2]).not.toContain("Enter through the courtyard");
    expect(texts[3]).toContain("has moved to the time below");
    expect(texts[3]).toContain("puts the booking in your calendar");
  });

  it("names the holder only when the booking is for someone else", async () => {
    expect((await build()).text).toContain("Booked for: Ben Guest");
    const own = await build({ booking: { ...input.booking, holderName: "Anna  Muster", bookerName: "anna muster" } });
    expect(own.text).not.toContain("Booked for");
  });

  it("says there is no automatic door access when the resource has no doors, and leaves it out on cancel", async () => {
    expect((await build({ resource: { name: "Laundry", accessIdentifier: null } })).text).toContain(
      "This booking comes without automatic door access.",
    );
    const cancelled = await build({ kind: "cancelled", vendor: null });
    expect(cancelled.text).not.toContain("ACCESS CONTROL");
  });

  it("escapes what people typed into names", async () => {
    const message = await build({ resource: { name: "<b>Room</b> & more", accessIdentifier: null } });
    expect(message.html).toContain("&lt;b&gt;Room&lt;/b&gt; &amp; more");
    expect(message.html).not.toContain("<b>Room</b>");
  });
});

describe("parseMailbox", () => {
  it("reads a display name and address, or a bare address", () => {
    expect(parseMailbox("Keyslot <no-reply@keyslot.local>")).toEqual({ name: "Keyslot", email: "no-reply@keyslot.local" });
    expect(parseMailbox('"Keyslot Bookings" <a@b.org>')).toEqual({ name: "Keyslot Bookings", email: "a@b.org" });
    expect(parseMailbox("a@b.org")).toEqual({ email: "a@b.org" });
    expect(parseMailbox("not an address")).toBeUndefined();
  });
});

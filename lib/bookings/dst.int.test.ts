import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { bookings, notifications } from "@/db/schema";
import { readIcsProperty } from "@/lib/testing/ics";
import { sendBookingEmails } from "./notify";
import { getAvailability } from "./availability-query";
import { createBooking } from "./service";
import { createBookingScenario, useBookingTestDatabase } from "./testing/setup";

// End to end over the DST nights: the slots the planner shows, the period the database stores, and the
// times in the e-mail and its .ics all name the same instants.

const state = useBookingTestDatabase();
const allDay = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ from: "00:00", to: "24:00" }]]));
const rules = { openingHours: allDay, slotMinutes: 15 as const, minDurationMinutes: 15, maxDurationMinutes: 360, maxDaysAhead: 730 };
const now = new Date("2026-01-01T00:00:00Z");
const icsUtc = (date: Date) => DateTime.fromJSDate(date, { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'");

describe("DST nights: shown slots = stored period = e-mail and .ics times", () => {
  it("holds for random bookings around the Vienna and Zurich changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("Europe/Vienna", "Europe/Zurich"),
        fc.constantFrom("2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 16 }),
        async (timeZone, date, first, count) => {
          await state.database.truncate();
          const s = await createBookingScenario(state.database, { rules, timeZone });
          const availability = await getAvailability({ orgId: s.org.id, query: { resourceId: s.resource.id, date, days: 1 }, now });
          const slots = availability.days[0]!.slots.slice(first, first + count);
          const input = { resourceId: s.resource.id, start: new Date(slots[0]!.start), end: new Date(slots.at(-1)!.end), forSomeoneElse: false, holderPhone: null, holderEmail: null };
          const booking = await createBooking({ actor: s.asResident, input, now });

          const [stored] = await state.database.db.select().from(bookings).where(eq(bookings.id, booking.id));
          expect(stored!.period).toEqual({ start: input.start, end: input.end });
          const after = await getAvailability({ orgId: s.org.id, query: { resourceId: s.resource.id, date, days: 1 }, now });
          expect(after.days[0]!.slots.slice(first, first + count).every((slot) => slot.state === "booked")).toBe(true);

          await sendBookingEmails({ bookingId: booking.id, orgId: s.org.id, version: 1, kind: "confirmed" });
          const [message] = await state.database.db.select().from(notifications).where(eq(notifications.kind, "booking.confirmed"));
          const ics = Buffer.from(message!.attachments[0]!.content, "base64").toString("utf8");
          expect(readIcsProperty(ics, "DTSTART")).toBe(icsUtc(stored!.period.start));
          expect(readIcsProperty(ics, "DTEND")).toBe(icsUtc(stored!.period.end));
          // The e-mail names the wall-clock start the planner labelled, in the site's zone.
          expect(message!.text).toContain(slots[0]!.label.slice(0, 5));
          expect(message!.text).toContain(DateTime.fromJSDate(stored!.period.end, { zone: timeZone }).toFormat("HH:mm"));
        },
      ),
      { numRuns: 12 },
    );
  });
});

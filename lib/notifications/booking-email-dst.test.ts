import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readIcsProperty } from "@/lib/testing/ics";
import { DST_EDGE_CASES, DST_ZONES, dstPeriod } from "@/lib/testing/dst-periods";
import { expectLocalPeriod, readShownPeriod, toIcsUtc } from "@/lib/testing/local-period";
import { buildBookingEmail } from "./booking-email";
import { BOOKING_EMAIL_KINDS } from "./templates/booking-email";

// Property: for periods around the DST changes of 2026/2027 in Vienna and Zurich, the e-mail's .ics has the
// period's exact UTC instants, and the times the e-mail shows are the site's wall-clock times per luxon.

const PERIOD_LABEL = { en: "Time: ", de: "Zeit: " } as const;

describe("booking e-mails around daylight-saving changes", () => {
  it("agree with the stored period in the .ics and with luxon in the text", async () => {
    await fc.assert(
      fc.asyncProperty(
        dstPeriod(),
        fc.constantFrom(...DST_ZONES),
        fc.constantFrom("de" as const, "en" as const),
        fc.constantFrom(...BOOKING_EMAIL_KINDS),
        async (period, timeZone, locale, kind) => {
          const message = await buildBookingEmail({
            kind,
            locale,
            recipient: "anna@example.org",
            booking: { id: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", period, version: 2, status: "confirmed", holderName: "Anna", holderPhone: null },
            resource: { name: "Room", accessIdentifier: null },
            site: { name: "Site", timeZone, accessInfo: null },
            vendor: null,
            appUrl: "http://localhost:3000",
          });
          const ics = Buffer.from(message.attachments![0]!.content, "base64").toString("utf8");
          expect(readIcsProperty(ics, "DTSTART")).toBe(toIcsUtc(period.start));
          expect(readIcsProperty(ics, "DTEND")).toBe(toIcsUtc(period.end));

          const line = message.text.split("\n").find((l) => l.startsWith(PERIOD_LABEL[locale]));
          expect(line, message.text).toBeDefined();
          const expected = expectLocalPeriod(period, timeZone, locale);
          expect(readShownPeriod(line!.slice(PERIOD_LABEL[locale].length))).toEqual(expected);
          // The subject names the start: its day, wall-clock time and zone.
          expect(readShownPeriod(message.subject!)).toEqual({
            days: [expected.days[0]],
            times: [expected.times[0]],
            zones: [expected.zones[0]],
          });
        },
      ),
      { numRuns: 120, examples: DST_EDGE_CASES.map((period) => [period, "Europe/Zurich", "de", "rescheduled"]) },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readIcsProperty, unescapeIcsText } from "@/lib/testing/ics";
import { DST_EDGE_CASES, DST_ZONES, dstPeriod } from "@/lib/testing/dst-periods";
import { expectLocalPeriod, readShownPeriod, toIcsUtc } from "@/lib/testing/local-period";
import { createBookingIcs } from "./ics";

// Property: whatever the period around a DST change, the .ics carries exactly its UTC instants and its
// description shows the wall-clock times and zone names luxon computes for the site.

describe("createBookingIcs around daylight-saving changes", () => {
  it("writes the period in UTC and shows the site's local times in the description", () => {
    fc.assert(
      fc.property(
        dstPeriod(),
        fc.constantFrom(...DST_ZONES),
        fc.constantFrom("de" as const, "en" as const),
        fc.constantFrom("REQUEST" as const, "CANCEL" as const),
        (period, timeZone, locale, method) => {
          const ics = createBookingIcs({
            booking: { id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", period, version: 1, status: "confirmed" },
            resourceName: "Room",
            siteName: "Site",
            timeZone,
            locale,
            url: "http://localhost:3000/bookings/x",
            method,
          });
          expect(readIcsProperty(ics, "DTSTART")).toBe(toIcsUtc(period.start));
          expect(readIcsProperty(ics, "DTEND")).toBe(toIcsUtc(period.end));
          const description = unescapeIcsText(readIcsProperty(ics, "DESCRIPTION")!).split("\n")[0]!;
          expect(description).toContain(`(${timeZone})`);
          expect(readShownPeriod(description.slice(description.indexOf("):") + 2))).toEqual(
            expectLocalPeriod(period, timeZone, locale),
          );
        },
      ),
      { numRuns: 300, examples: DST_EDGE_CASES.map((period) => [period, "Europe/Vienna", "en", "REQUEST"]) },
    );
  });
});

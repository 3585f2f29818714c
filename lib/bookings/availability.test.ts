import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import { bookingRulesSchema } from "@/lib/resources/rules";
import { computeDayAvailability } from "./availability";
import { assertPeriodFollowsRules } from "./rules-check";

const allDay = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ from: "00:00", to: "24:00" }]]));
const rules = bookingRulesSchema.parse({ openingHours: allDay, slotMinutes: 15, minDurationMinutes: 15, maxDurationMinutes: 6 * 60, maxDaysAhead: 730 });
const now = new Date("2026-01-01T00:00:00Z");
const ZONES = ["Europe/Vienna", "Europe/Zurich"] as const;
const TRANSITIONS = ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"] as const;

describe("availability on daylight-saving days", () => {
  it("has 23 hours on spring-forward days and 25 on fall-back days, with no 02:00 or a repeated one", () => {
    const spring = computeDayAvailability({ date: "2027-03-28", timeZone: "Europe/Vienna", rules, blocked: [], now });
    expect(spring.hoursInDay).toBe(23);
    expect(spring.slots).toHaveLength(23 * 4);
    expect(spring.slots.some((s) => s.label.startsWith("02:"))).toBe(false);
    const fall = computeDayAvailability({ date: "2027-10-31", timeZone: "Europe/Zurich", rules, blocked: [], now });
    expect(fall.hoursInDay).toBe(25);
    expect(fall.slots).toHaveLength(25 * 4);
    expect(fall.slots.filter((s) => s.label.startsWith("02:00")).map((s) => s.label)).toEqual(["02:00 GMT+2", "02:00 GMT+1"]);
  });

  it("slots tile the local day exactly and each label is the local wall time of its start (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...TRANSITIONS), fc.integer({ min: -1, max: 1 }), (zone, transition, offset) => {
        const date = DateTime.fromISO(transition).plus({ days: offset }).toISODate()!;
        const day = computeDayAvailability({ date, timeZone: zone, rules, blocked: [], now });
        const midnight = DateTime.fromISO(date, { zone }).startOf("day");
        expect(day.slots[0]!.start).toBe(midnight.toUTC().toISO({ suppressMilliseconds: false }));
        expect(day.slots.at(-1)!.end).toBe(midnight.plus({ days: 1 }).toUTC().toISO());
        day.slots.forEach((slot, index) => {
          if (index > 0) expect(slot.start).toBe(day.slots[index - 1]!.end);
          expect(slot.label.slice(0, 5)).toBe(DateTime.fromISO(slot.start, { zone }).toFormat("HH:mm"));
        });
      }),
    );
  });

  it("a period made of shown free slots passes the rules, and shows as booked once blocked (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...TRANSITIONS),
        fc.nat({ max: 80 }),
        fc.integer({ min: 1, max: 24 }),
        (zone, date, first, count) => {
          const day = computeDayAvailability({ date, timeZone: zone, rules, blocked: [], now });
          const slots = day.slots.slice(first, first + count);
          fc.pre(slots.length === count);
          const period = { start: new Date(slots[0]!.start), end: new Date(slots.at(-1)!.end) };
          expect(() => assertPeriodFollowsRules({ rules, timeZone: zone, period, now })).not.toThrow();
          expect(period.end.getTime() - period.start.getTime()).toBe(count * 15 * 60_000);
          const after = computeDayAvailability({ date, timeZone: zone, rules, blocked: [period], now });
          after.slots.forEach((slot, index) => {
            const inside = index >= first && index < first + count;
            expect(slot.state).toBe(inside ? "booked" : "free");
          });
        },
      ),
    );
  });
});

describe("availability states", () => {
  const officeHours = bookingRulesSchema.parse({ slotMinutes: 60, minDurationMinutes: 60, minLeadMinutes: 60, maxDaysAhead: 2, bufferBeforeMinutes: 60 });

  it("marks closed hours, the past and lead time, the max-ahead limit, and buffers", () => {
    const at = new Date("2027-06-02T08:30:00Z"); // 10:30 in Vienna
    const today = computeDayAvailability({ date: "2027-06-02", timeZone: "Europe/Vienna", rules: officeHours, blocked: [], now: at });
    const state = (label: string) => today.slots.find((s) => s.label === label)?.state;
    expect(state("06:00")).toBe("past");
    expect(state("11:00")).toBe("past"); // within the 60-minute lead time
    expect(state("12:00")).toBe("free");
    expect(state("22:00")).toBe("closed");
    const blocked = [{ start: new Date("2027-06-02T13:00:00Z"), end: new Date("2027-06-02T14:00:00Z") }]; // 15:00-16:00
    const withBooking = computeDayAvailability({ date: "2027-06-02", timeZone: "Europe/Vienna", rules: officeHours, blocked, now: at });
    expect(withBooking.slots.find((s) => s.label === "15:00")?.state).toBe("booked");
    expect(withBooking.slots.find((s) => s.label === "16:00")?.state).toBe("booked"); // its buffer before would hit 15:00-16:00
    expect(withBooking.slots.find((s) => s.label === "17:00")?.state).toBe("free");
    const tooFar = computeDayAvailability({ date: "2027-06-05", timeZone: "Europe/Vienna", rules: officeHours, blocked: [], now: at });
    expect(tooFar.slots.every((s) => s.state === "closed")).toBe(true);
  });
});

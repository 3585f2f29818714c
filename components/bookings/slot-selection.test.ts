import { describe, expect, it } from "vitest";
import type { Slot, SlotState } from "@/lib/bookings/availability-types";
import { isInDisplayWindow, listAllowedDurations, listCoveredStarts, pickDuration } from "./slot-selection";

function grid(states: SlotState[], startIso = "2025-03-03T08:00:00.000Z", minutes = 30): Slot[] {
  return states.map((state, index) => {
    const start = new Date(Date.parse(startIso) + index * minutes * 60_000);
    const end = new Date(start.getTime() + minutes * 60_000);
    const label = `${String(start.getUTCHours()).padStart(2, "0")}:${String(start.getUTCMinutes()).padStart(2, "0")}`;
    return { start: start.toISOString(), end: end.toISOString(), label, state };
  });
}

const rules = { slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 120 };

describe("listAllowedDurations", () => {
  it("offers multiples of the slot between min and max that stay free", () => {
    const slots = grid(["free", "free", "free", "free", "free", "free"]);
    expect(listAllowedDurations(slots, slots[0]!.start, rules).map((option) => option.minutes)).toEqual([60, 90, 120]);
  });

  it("stops at the next booked slot", () => {
    const slots = grid(["free", "free", "free", "booked", "free"]);
    const options = listAllowedDurations(slots, slots[0]!.start, rules);
    expect(options.map((option) => option.minutes)).toEqual([60, 90]);
    expect(options.at(-1)!.end).toBe(slots[2]!.end);
  });

  it("offers nothing when the free run is shorter than the minimum, or the start is not free", () => {
    const slots = grid(["free", "closed", "booked"]);
    expect(listAllowedDurations(slots, slots[0]!.start, rules)).toEqual([]);
    expect(listAllowedDurations(slots, slots[2]!.start, rules)).toEqual([]);
  });

  it("does not bridge a gap between loaded days", () => {
    const slots = [...grid(["free", "free"]), ...grid(["free", "free"], "2025-03-04T08:00:00.000Z")];
    expect(listAllowedDurations(slots, slots[0]!.start, { ...rules, maxDurationMinutes: 240 }).map((option) => option.minutes)).toEqual([60]);
  });
});

describe("selection helpers", () => {
  it("keeps the preferred duration when allowed", () => {
    const options = [
      { minutes: 60, end: "a" },
      { minutes: 90, end: "b" },
    ];
    expect(pickDuration(options, 90)?.minutes).toBe(90);
    expect(pickDuration(options, 150)?.minutes).toBe(60);
    expect(pickDuration([], 60)).toBeUndefined();
  });

  it("covers the slots of the chosen period", () => {
    const slots = grid(["free", "free", "free"]);
    expect([...listCoveredStarts(slots, slots[0]!.start, slots[1]!.end)]).toEqual([slots[0]!.start, slots[1]!.start]);
  });

  it("filters by the wall-clock label, also with a zone suffix", () => {
    const window = { fromMinutes: 7 * 60, toMinutes: 22 * 60 };
    expect(isInDisplayWindow({ start: "", end: "", label: "06:30", state: "closed" }, window)).toBe(false);
    expect(isInDisplayWindow({ start: "", end: "", label: "07:00", state: "free" }, window)).toBe(true);
    expect(isInDisplayWindow({ start: "", end: "", label: "02:00 GMT+1", state: "closed" }, { fromMinutes: 0, toMinutes: 1440 })).toBe(true);
  });
});

import { DateTime } from "luxon";
import type { BookingRules } from "@/lib/resources/rules";
import type { TimeRange } from "@/db/schema/columns";
import type { DayAvailability, Slot, SlotState } from "./availability-types";
import { startOfLocalDay } from "./local-time";
import { isWithinOpeningHours } from "./opening-hours";

const MINUTE = 60_000;

type DayInput = {
  date: string;
  timeZone: string;
  rules: BookingRules;
  /** Blocked periods (booking + its buffers) of the resource's other active bookings. */
  blocked: TimeRange[];
  now: Date;
};

/**
 * The grid of one local day. Slots step in real minutes from local midnight to the next local midnight, so a
 * spring-forward day has no 02:00 slot and a fall-back day has 02:00 twice (told apart by the zone name).
 */
export function computeDayAvailability({ date, timeZone, rules, blocked, now }: DayInput): DayAvailability {
  const dayStart = startOfLocalDay(date, timeZone);
  const dayEnd = dayStart.plus({ days: 1 });
  const limits = {
    earliestStart: now.getTime() + rules.minLeadMinutes * MINUTE,
    latestStart: maxAheadLimit(now, timeZone, rules.maxDaysAhead),
  };
  const slots: Slot[] = [];
  for (let start = dayStart; start < dayEnd; start = start.plus({ minutes: rules.slotMinutes })) {
    const end = start.plus({ minutes: rules.slotMinutes });
    const range = { start: start.toJSDate(), end: end.toJSDate() };
    const open = isWithinOpeningHours(rules, start, end);
    slots.push({
      start: range.start.toISOString(),
      end: range.end.toISOString(),
      label: start.toFormat("HH:mm"),
      state: slotState(range, open, rules, blocked, limits),
    });
  }
  labelRepeatedHours(slots, timeZone);
  return { date: dayStart.toISODate()!, hoursInDay: dayEnd.diff(dayStart, "hours").hours, slots };
}

function slotState(
  range: TimeRange,
  open: boolean,
  rules: BookingRules,
  blocked: TimeRange[],
  limits: { earliestStart: number; latestStart: number },
): SlotState {
  if (range.start.getTime() < limits.earliestStart) return "past";
  if (!open || range.start.getTime() >= limits.latestStart) return "closed";
  // A booking starting here blocks its buffers too: the slot counts as taken when those would collide.
  const wantedStart = range.start.getTime() - rules.bufferBeforeMinutes * MINUTE;
  const wantedEnd = range.end.getTime() + rules.bufferAfterMinutes * MINUTE;
  const taken = blocked.some((b) => b.start.getTime() < wantedEnd && wantedStart < b.end.getTime());
  return taken ? "booked" : "free";
}

/** Bookings may start until the end of the local day that is `maxDaysAhead` days after today (exclusive bound). */
export function maxAheadLimit(now: Date, timeZone: string, maxDaysAhead: number): number {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  return today.plus({ days: maxDaysAhead + 1 }).toMillis();
}

/** On the fall-back night the same wall-clock hour happens twice; the zone abbreviation tells them apart. */
function labelRepeatedHours(slots: Slot[], timeZone: string): void {
  const counts = new Map<string, number>();
  for (const slot of slots) counts.set(slot.label, (counts.get(slot.label) ?? 0) + 1);
  for (const slot of slots) {
    if ((counts.get(slot.label) ?? 0) > 1) {
      slot.label = `${slot.label} ${DateTime.fromISO(slot.start, { zone: timeZone }).toFormat("ZZZZ")}`;
    }
  }
}

import { toMinutesOfDay, WEEKDAYS, type BookingRules } from "@/lib/resources/rules";

export type DisplayWindow = { fromMinutes: number; toMinutes: number };

const WHOLE_DAY: DisplayWindow = { fromMinutes: 0, toMinutes: 24 * 60 };

/** The wall-clock span from the earliest opening to the latest closing over the week; all day if never open. */
export function getDisplayWindow(rules: Pick<BookingRules, "openingHours">): DisplayWindow {
  const intervals = WEEKDAYS.flatMap((day) => rules.openingHours[day]);
  if (intervals.length === 0) return WHOLE_DAY;
  return {
    fromMinutes: Math.min(...intervals.map((interval) => toMinutesOfDay(interval.from))),
    toMinutes: Math.max(...intervals.map((interval) => toMinutesOfDay(interval.to))),
  };
}

import type { DateTime } from "luxon";
import { toMinutesOfDay, type BookingRules } from "@/lib/resources/rules";
import { localMinutesOfDay, weekdayOf } from "./local-time";

/**
 * True when the stretch [start, end) lies inside one opening interval of start's local day. Callers split
 * periods at grid slots, so a stretch never crosses local midnight except when it ends exactly there.
 */
export function isWithinOpeningHours(rules: BookingRules, start: DateTime, end: DateTime): boolean {
  const dayStart = start.startOf("day");
  const from = localMinutesOfDay(start, dayStart);
  const wallTo = localMinutesOfDay(end, dayStart);
  // In the repeated hour of a fall-back night the wall clock runs backwards (02:45 -> 02:00): measure on.
  const to = wallTo > from ? wallTo : from + end.diff(start, "minutes").minutes;
  return rules.openingHours[weekdayOf(start)].some(
    (interval) => toMinutesOfDay(interval.from) <= from && to <= toMinutesOfDay(interval.to),
  );
}

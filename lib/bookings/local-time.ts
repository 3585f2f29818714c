import { DateTime } from "luxon";
import { WEEKDAYS, type Weekday } from "@/lib/resources/rules";

// Wall-clock helpers in a site's time zone (luxon handles the 23 h and 25 h days).

export function startOfLocalDay(date: string, timeZone: string): DateTime {
  const day = DateTime.fromISO(date, { zone: timeZone }).startOf("day");
  if (!day.isValid) throw new Error(`Invalid local date ${date} in ${timeZone}`);
  return day;
}

export function toLocal(instant: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone: timeZone });
}

/** Minutes since local midnight; an instant at the next local midnight counts as 24:00 of the day it ends. */
export function localMinutesOfDay(local: DateTime, dayStart: DateTime): number {
  if (+local === +dayStart.plus({ days: 1 })) return 24 * 60;
  return local.hour * 60 + local.minute;
}

export function weekdayOf(local: DateTime): Weekday {
  return WEEKDAYS[local.weekday - 1]!;
}

export function localDate(instant: Date, timeZone: string): string {
  return toLocal(instant, timeZone).toISODate()!;
}

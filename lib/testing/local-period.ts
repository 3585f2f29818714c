import { DateTime } from "luxon";
import type { TimeRange } from "@/db/schema/columns";
import { toIntlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/translate";

// Test helper: what a period shown in a site's time zone must say, computed by luxon (an oracle independent of
// formatPeriod), and the same facts read back from a rendered text.

export type ShownPeriod = { days: number[]; times: string[]; zones: string[] };

/** Day(s) of month, start and end wall-clock times, and zone abbreviation(s) luxon gives in `zone`. */
export function expectLocalPeriod(period: TimeRange, zone: string, locale: Locale): ShownPeriod {
  const [start, end] = [period.start, period.end].map((date) =>
    DateTime.fromJSDate(date, { zone }).setLocale(toIntlLocale(locale)),
  ) as [DateTime, DateTime];
  const sameDay = start.toISODate() === end.toISODate();
  return {
    days: sameDay ? [start.day] : [start.day, end.day],
    times: [start.toFormat("HH:mm"), end.toFormat("HH:mm")],
    zones: dedupe([start.offsetNameShort ?? "", end.offsetNameShort ?? ""]),
  };
}

/** Reads days, times and zone names, in order, from e.g. "Sun, 29 Mar 2026, 01:30 CET – 03:30 CEST". */
export function readShownPeriod(text: string): ShownPeriod {
  return {
    days: [...text.matchAll(/(\d{1,2})\.? [^\s\d,]+ \d{4}/g)].map((match) => Number(match[1])),
    times: [...text.matchAll(/\b\d{2}:\d{2}\b/g)].map((match) => match[0]),
    zones: dedupe([...text.matchAll(/\b(CEST|CET|MESZ|MEZ)\b/g)].map((match) => match[1]!)),
  };
}

function dedupe(values: string[]): string[] {
  return values.filter((value, index) => index === 0 || value !== values[index - 1]);
}

/** The UTC instant as iCalendar writes it: 20260329T013000Z. */
export function toIcsUtc(date: Date): string {
  return DateTime.fromJSDate(date, { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

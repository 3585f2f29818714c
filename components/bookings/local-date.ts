import { toIntlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/translate";

// Calendar dates (YYYY-MM-DD) of the site's days. They are plain dates, not instants: arithmetic happens at
// UTC noon, where no daylight-saving change can move a date; the server turns dates into instants.

const DAY = 24 * 60 * 60 * 1000;

function toNoonUtc(date: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!, 12));
}

/** The calendar date at `instant` where the site is (by default today), which may differ from the browser's. */
export function getLocalDate(timeZone: string, instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function addDays(date: string, days: number): string {
  return new Date(toNoonUtc(date).getTime() + days * DAY).toISOString().slice(0, 10);
}

/** Weeks start on Monday, as in the booking rules' weekdays. */
export function getWeekStart(date: string): string {
  const weekday = (toNoonUtc(date).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function formatDay(date: string, locale: Locale, style: "short" | "long" = "short"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "long"
      ? { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
      : { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(toIntlLocale(locale), options).format(toNoonUtc(date));
}

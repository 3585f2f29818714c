import type { TimeRange } from "@/db/schema/columns";
import type { Locale } from "./translate";

const INTL_LOCALES: Record<Locale, string> = { de: "de-AT", en: "en-GB" };

export function toIntlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

// The zone name is always printed: the reader may sit in another zone than the site.
function dateTimeFormat(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
}

/** A booking period in the site's time zone; a period within one day names the day once. */
export function formatPeriod(range: TimeRange, timeZone: string, locale: Locale): string {
  const format = dateTimeFormat(timeZone, locale);
  // Across a DST change Intl's formatRange prints one zone name for both ends ("01:30–03:30 CEST" for a start
  // at 01:30 CET) and even collapses 02:15 CEST – 02:15 CET into a single time, so those ends print in full.
  if (utcOffset(range.start, timeZone) !== utcOffset(range.end, timeZone)) {
    const sameDay = localDate(range.start, timeZone) === localDate(range.end, timeZone);
    const end = sameDay ? timeFormat(timeZone, locale).format(range.end) : format.format(range.end);
    return `${format.format(range.start)} – ${end}`;
  }
  return format.formatRange(range.start, range.end);
}

function timeFormat(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(toIntlLocale(locale), { hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" });
}

function utcOffset(date: Date, timeZone: string): string | undefined {
  const parts = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" }).formatToParts(date);
  return parts.find((part) => part.type === "timeZoneName")?.value;
}

function localDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale: Locale): string {
  return dateTimeFormat(timeZone, locale).format(date);
}

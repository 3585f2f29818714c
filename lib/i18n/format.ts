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
  return dateTimeFormat(timeZone, locale).formatRange(range.start, range.end);
}

export function formatDateTime(date: Date, timeZone: string, locale: Locale): string {
  return dateTimeFormat(timeZone, locale).format(date);
}

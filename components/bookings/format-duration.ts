import type { Translate } from "@/lib/i18n/translate";

/** 90 -> "1 h 30 min", 2 days -> "2 days": long guest-flat stays read better in days than in hours. */
export function formatDuration(totalMinutes: number, t: Translate): string {
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(days === 1 ? t("booking.duration.dayOne") : t("booking.duration.dayOther", { count: days }));
  if (hours > 0) parts.push(t("booking.duration.hours", { count: hours }));
  if (minutes > 0 || parts.length === 0) parts.push(t("booking.duration.minutes", { count: minutes }));
  return parts.join(" ");
}

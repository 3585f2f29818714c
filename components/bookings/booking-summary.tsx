"use client";

import { formatPeriod, toIntlLocale } from "@/lib/i18n/format";
import { useI18n } from "@/components/i18n-provider";
import { SelectField } from "@/components/ui/select-field";
import { formatDuration } from "./format-duration";
import type { DurationOption } from "./slot-selection";

type BookingSummaryProps = {
  resourceName: string;
  timeZone: string;
  start: string;
  duration: DurationOption;
  options: DurationOption[];
  onDurationChange: (minutes: number) => void;
};

/** What will be booked, in the site's time zone, with the durations the chosen start allows. */
export function BookingSummary({ resourceName, timeZone, start, duration, options, onDurationChange }: BookingSummaryProps) {
  const { t, locale } = useI18n();
  const endTime = new Intl.DateTimeFormat(toIntlLocale(locale), { timeZone, hour: "2-digit", minute: "2-digit" });
  const period = { start: new Date(start), end: new Date(duration.end) };

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-stone-600">{t("booking.summary.resource")}</dt>
        <dd className="text-stone-900">{resourceName}</dd>
        <dt className="font-medium text-stone-600">{t("booking.summary.time")}</dt>
        <dd className="text-stone-900" aria-live="polite" data-testid="booking-summary-time">
          <time dateTime={start}>{formatPeriod(period, timeZone, locale)}</time>
        </dd>
      </dl>
      <SelectField
        id="booking-duration"
        label={t("booking.duration.label")}
        className="max-w-xs"
        value={String(duration.minutes)}
        onChange={(event) => onDurationChange(Number(event.target.value))}
        options={options.map((option) => ({
          value: String(option.minutes),
          label: t("booking.duration.option", { duration: formatDuration(option.minutes, t), end: endTime.format(new Date(option.end)) }),
        }))}
      />
    </div>
  );
}

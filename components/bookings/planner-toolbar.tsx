"use client";

import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { addDays, formatDay } from "./local-date";

export type PlannerView = "day" | "week";

type PlannerToolbarProps = {
  view: PlannerView;
  /** First day shown (the day itself, or the Monday of the week). */
  from: string;
  timeZone: string;
  onViewChange: (view: PlannerView) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
};

/** View toggle, paging and the range shown; the range is announced when it changes. */
export function PlannerToolbar({ view, from, timeZone, onViewChange, onStep, onToday }: PlannerToolbarProps) {
  const { t, locale } = useI18n();
  const range = view === "day" ? formatDay(from, locale, "long") : `${formatDay(from, locale)} – ${formatDay(addDays(from, 6), locale)}`;
  const toggleClass = (active: boolean) =>
    `px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md ${active ? "bg-brand-600 text-white" : "bg-white text-stone-700 hover:bg-stone-100"}`;

  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" onClick={() => onStep(-1)} aria-label={t(view === "day" ? "booking.planner.previousDay" : "booking.planner.previousWeek")}>
          <span aria-hidden>←</span>
        </Button>
        <Button type="button" variant="secondary" onClick={onToday}>
          {t("booking.planner.today")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onStep(1)} aria-label={t(view === "day" ? "booking.planner.nextDay" : "booking.planner.nextWeek")}>
          <span aria-hidden>→</span>
        </Button>
        <div className="ml-1">
          <p className="font-semibold text-stone-900" aria-live="polite" data-testid="planner-range">
            {range}
          </p>
          <p className="text-xs text-stone-500">{t("booking.planner.timeZone", { zone: timeZone })}</p>
        </div>
      </div>
      <div role="group" aria-label={t("booking.planner.view")} className="inline-flex rounded-md border border-stone-300 shadow-sm">
        {(["day", "week"] as const).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => onViewChange(option)} className={toggleClass(view === option)}>
            {t(`booking.planner.${option}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

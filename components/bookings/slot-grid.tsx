"use client";

import type { DayAvailability, Slot, SlotState } from "@/lib/bookings/availability-types";
import { useI18n } from "@/components/i18n-provider";
import { formatDay } from "./local-date";
import { isInDisplayWindow } from "./slot-selection";
import type { DisplayWindow } from "./display-window";
import type { PlannerView } from "./planner-toolbar";

export const SLOT_STYLES: Record<SlotState, string> = {
  free: "border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100",
  booked: "border-rose-200 bg-rose-100 text-rose-800 line-through",
  closed: "border-stone-200 bg-stone-100 bg-[repeating-linear-gradient(135deg,transparent_0_5px,rgb(0_0_0/0.05)_5px_10px)] text-stone-400",
  past: "border-stone-200 bg-stone-50 text-stone-400",
};
export const SELECTED_STYLE = "border-brand-700 bg-brand-600 text-white hover:bg-brand-700";
export const COVERED_STYLE = "border-brand-500 bg-brand-100 text-brand-700";

type SlotGridProps = {
  days: DayAvailability[];
  view: PlannerView;
  displayWindow: DisplayWindow;
  selectedStart: string | null;
  covered: Set<string>;
  onSelect: (slot: Slot) => void;
};

/** Free slots are the only enabled buttons, so Tab walks through what can be booked and nothing else. */
export function SlotGrid({ days, view, displayWindow, selectedStart, covered, onSelect }: SlotGridProps) {
  const { t, locale } = useI18n();
  return (
    <div className={view === "week" ? "overflow-x-auto" : undefined}>
      <div className={view === "week" ? "grid min-w-[48rem] grid-cols-7 gap-2" : undefined}>
        {days.map((day) => {
          const dayLabel = formatDay(day.date, locale);
          const slots = day.slots.filter((slot) => isInDisplayWindow(slot, displayWindow));
          const allClosed = slots.every((slot) => slot.state === "closed");
          return (
            <section key={day.date} aria-label={formatDay(day.date, locale, "long")}>
              {view === "week" ? <h3 className="mb-2 text-center text-sm font-semibold text-stone-700">{dayLabel}</h3> : null}
              {day.hoursInDay !== 24 ? (
                <p className="mb-2 text-xs text-amber-800">{t("booking.planner.clockChange", { hours: day.hoursInDay })}</p>
              ) : null}
              {allClosed ? (
                <p className="rounded-md border border-dashed border-stone-300 p-3 text-center text-sm text-stone-500">{t("booking.planner.closedAllDay")}</p>
              ) : (
                <ul className={view === "week" ? "flex flex-col gap-1" : "grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6 lg:grid-cols-8"}>
                  {slots.map((slot) => (
                    <li key={slot.start}>
                      <SlotButton
                        slot={slot}
                        name={t("booking.planner.slotName", { time: slot.label, state: t(`booking.slotStates.${slot.state}`), day: dayLabel })}
                        selected={slot.start === selectedStart}
                        covered={covered.has(slot.start)}
                        compact={view === "week"}
                        onSelect={onSelect}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

type SlotButtonProps = { slot: Slot; name: string; selected: boolean; covered: boolean; compact: boolean; onSelect: (slot: Slot) => void };

function SlotButton({ slot, name, selected, covered, compact, onSelect }: SlotButtonProps) {
  const free = slot.state === "free";
  const style = selected ? SELECTED_STYLE : covered && free ? COVERED_STYLE : SLOT_STYLES[slot.state];
  return (
    <button
      type="button"
      disabled={!free}
      aria-pressed={free ? selected : undefined}
      aria-label={name}
      title={name}
      onClick={() => onSelect(slot)}
      className={`w-full rounded-md border text-sm tabular-nums transition-colors disabled:cursor-not-allowed ${compact ? "px-1 py-1" : "px-2 py-2"} ${style}`}
    >
      {slot.label}
    </button>
  );
}

"use client";

import { useState } from "react";
import type { Slot } from "@/lib/bookings/availability-types";
import { useI18n } from "@/components/i18n-provider";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { BookingForm } from "./booking-form";
import { BookingSummary } from "./booking-summary";
import type { DisplayWindow } from "./display-window";
import { addDays, getLocalDate, getWeekStart } from "./local-date";
import { PlannerToolbar, type PlannerView } from "./planner-toolbar";
import { RescheduleForm, type RescheduleTarget } from "./reschedule-form";
import { SlotGrid } from "./slot-grid";
import { SlotLegend } from "./slot-legend";
import { flattenSlots, listAllowedDurations, listCoveredStarts, pickDuration } from "./slot-selection";
import { translateActionError } from "./translate-action-error";
import { AvailabilityError, useAvailability, useRefreshAvailability } from "./use-availability";

type BookingPlannerProps = {
  resource: { id: string; name: string; requiresPhone: boolean; requiresApproval: boolean };
  timeZone: string;
  /** The site's today (or the booking's day when rescheduling), computed on the server for a stable first render. */
  initialDate: string;
  displayWindow: DisplayWindow;
  /** The doors a booking would open (BookingForm's preview). */
  accessDoors?: string[] | null;
  /** Reschedule mode: the booking's own period shows as free and submitting moves it. */
  reschedule?: RescheduleTarget;
  onRescheduled?: () => void;
};

export function BookingPlanner({ resource, timeZone, initialDate, displayWindow, accessDoors, reschedule, onRescheduled }: BookingPlannerProps) {
  const { t } = useI18n();
  const [view, setView] = useState<PlannerView>("day");
  const [date, setDate] = useState(initialDate);
  const [selection, setSelection] = useState<{ start: string; minutes?: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const from = view === "week" ? getWeekStart(date) : date;
  const query = useAvailability({ resourceId: resource.id, date: from, days: view === "week" ? 7 : 1, ignoreBookingId: reschedule?.bookingId });
  const refresh = useRefreshAvailability(resource.id);

  // The selection is derived from fresh data: a start that was just taken simply stops being selected.
  const availability = query.data;
  const slots = availability ? flattenSlots(availability.days) : [];
  const options = availability && selection ? listAllowedDurations(slots, selection.start, availability) : [];
  const duration = pickDuration(options, selection?.minutes ?? reschedule?.durationMinutes);
  const active = selection && duration ? { start: selection.start, end: duration.end } : null;
  const covered = active ? listCoveredStarts(slots, active.start, active.end) : new Set<string>();

  const select = (slot: Slot) => {
    setRefusal(null);
    setSelection((current) => (current?.start === slot.start ? null : { start: slot.start, minutes: current?.minutes }));
  };
  const refuse = (message: string) => {
    setRefusal(message);
    void refresh();
  };
  const step = (direction: -1 | 1) => setDate((current) => addDays(current, direction * (view === "week" ? 7 : 1)));

  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-4">
        <h2 className="sr-only">{t("booking.planner.label")}</h2>
        <PlannerToolbar view={view} from={from} timeZone={timeZone} onViewChange={setView} onStep={step} onToday={() => setDate(getLocalDate(timeZone))} />
        <SlotLegend />
        {query.isPending ? (
          <p role="status" className="py-10 text-center text-sm text-stone-500">
            {t("booking.planner.loading")}
          </p>
        ) : query.isError ? (
          <Alert>
            <p>{t("booking.planner.error")}</p>
            {query.error instanceof AvailabilityError ? <p className="mt-1">{translateActionError(t, { error: query.error.message, values: query.error.values })}</p> : null}
            <Button type="button" variant="secondary" className="mt-3" onClick={() => query.refetch()}>
              {t("booking.planner.retry")}
            </Button>
          </Alert>
        ) : (
          <div aria-busy={query.isFetching} className={query.isFetching ? "opacity-70 transition-opacity" : undefined}>
            <SlotGrid days={query.data.days} view={view} displayWindow={displayWindow} selectedStart={active?.start ?? null} covered={covered} onSelect={select} />
          </div>
        )}
      </Card>
      <Card className="flex flex-col gap-6">
        <h2 className="text-lg font-semibold">{t(reschedule ? "booking.reschedule.title" : "booking.summary.title")}</h2>
        {refusal ? <Alert>{refusal}</Alert> : null}
        {active && duration ? (
          <BookingSummary
            resourceName={resource.name}
            timeZone={timeZone}
            start={active.start}
            duration={duration}
            options={options}
            onDurationChange={(minutes) => setSelection({ start: active.start, minutes })}
          />
        ) : (
          <p className="text-sm text-stone-600">{t("booking.planner.pickStart")}</p>
        )}
        {!reschedule && resource.requiresApproval ? <Alert tone="info">{t("booking.summary.approvalNote")}</Alert> : null}
        {reschedule ? (
          active ? <RescheduleForm reschedule={reschedule} start={active.start} end={active.end} onRefused={refuse} onRescheduled={onRescheduled} /> : null
        ) : (
          <BookingForm resource={resource} accessDoors={accessDoors} start={active?.start ?? null} end={active?.end ?? null} onRefused={refuse} />
        )}
      </Card>
    </div>
  );
}

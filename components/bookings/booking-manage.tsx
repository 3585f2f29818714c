"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { BookingPlanner } from "./booking-planner";
import { CancelBooking } from "./cancel-booking";
import type { DisplayWindow } from "./display-window";
import type { RescheduleTarget } from "./reschedule-form";

type BookingManageProps = {
  resource: { id: string; name: string; requiresPhone: boolean; requiresApproval: boolean };
  timeZone: string;
  /** The booking's local day: the planner opens there. */
  bookingDate: string;
  displayWindow: DisplayWindow;
  reschedule: RescheduleTarget;
};

/** Reschedule and cancel on the booking page; only rendered while the booking can still be changed. */
export function BookingManage({ resource, timeZone, bookingDate, displayWindow, reschedule }: BookingManageProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<"idle" | "reschedule" | "cancel">("idle");
  const [moved, setMoved] = useState(false);

  return (
    <div className="flex flex-col gap-4">
      {moved ? <Alert tone="success">{t("booking.reschedule.done")}</Alert> : null}
      <div className="flex flex-wrap items-start gap-3">
        {mode !== "cancel" ? (
          <Button
            type="button"
            variant={mode === "reschedule" ? "ghost" : "primary"}
            aria-expanded={mode === "reschedule"}
            aria-controls="reschedule-planner"
            onClick={() => {
              setMoved(false);
              setMode(mode === "reschedule" ? "idle" : "reschedule");
            }}
          >
            {mode === "reschedule" ? t("booking.reschedule.close") : t("booking.reschedule.open")}
          </Button>
        ) : null}
        {mode !== "reschedule" ? <CancelBooking bookingId={reschedule.bookingId} open={mode === "cancel"} onOpenChange={(open) => setMode(open ? "cancel" : "idle")} /> : null}
      </div>
      {mode === "reschedule" ? (
        <div id="reschedule-planner" className="flex flex-col gap-3">
          <p className="text-sm text-stone-600">{t("booking.reschedule.intro")}</p>
          <BookingPlanner
            resource={resource}
            timeZone={timeZone}
            initialDate={bookingDate}
            displayWindow={displayWindow}
            reschedule={reschedule}
            onRescheduled={() => {
              setMode("idle");
              setMoved(true);
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

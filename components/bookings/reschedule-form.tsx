"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { rescheduleBookingAction } from "@/lib/bookings/actions";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { translateActionError } from "./translate-action-error";

export type RescheduleTarget = { bookingId: string; version: number; durationMinutes: number };

type RescheduleFormProps = {
  reschedule: RescheduleTarget;
  start: string;
  end: string;
  /** Gets the translated refusal; the planner shows it (this form unmounts when the slot is gone). */
  onRefused: (message: string) => void;
  onRescheduled?: () => void;
};

/** Moves the booking to the chosen period; the version makes a booking changed meanwhile refuse, not vanish. */
export function RescheduleForm({ reschedule, start, end, onRefused, onRescheduled }: RescheduleFormProps) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const response = await rescheduleBookingAction({ bookingId: reschedule.bookingId, version: reschedule.version, start, end });
      if (!response.ok) {
        onRefused(translateActionError(t, response));
        // A stale version means someone else changed the booking: show the page as it is now.
        router.refresh();
        return;
      }
      onRescheduled?.();
      router.push(`/bookings/${response.data.id}`);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-3">
      <Button type="button" onClick={submit} disabled={pending} aria-busy={pending} className="self-start">
        {pending ? t("booking.reschedule.submitting") : t("booking.reschedule.submit")}
      </Button>
    </div>
  );
}

"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { cancelBookingAction } from "@/lib/bookings/actions";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { translateActionError } from "./translate-action-error";

type CancelBookingProps = { bookingId: string; open: boolean; onOpenChange: (open: boolean) => void };

/** Cancelling revokes door access and cannot be undone, so it takes a second, explicit step. */
export function CancelBooking({ bookingId, open, onOpenChange }: CancelBookingProps) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  // Focus follows the step: onto the confirm button, and back to "Cancel booking" when the user keeps it.
  useEffect(() => {
    if (open) confirmRef.current?.focus();
    else if (wasOpen.current) openRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const cancel = () =>
    startTransition(async () => {
      setError(null);
      const response = await cancelBookingAction({ bookingId });
      if (!response.ok) {
        setError(translateActionError(t, response));
        return;
      }
      onOpenChange(false);
      router.refresh();
    });

  if (!open) {
    return (
      <Button ref={openRef} type="button" variant="secondary" onClick={() => onOpenChange(true)} aria-expanded={false} aria-controls="cancel-booking-confirm">
        {t("booking.cancel.open")}
      </Button>
    );
  }
  return (
    <div
      id="cancel-booking-confirm"
      role="alertdialog"
      aria-labelledby="cancel-booking-title"
      aria-describedby="cancel-booking-text"
      className="flex w-full flex-col gap-3 rounded-md border border-red-200 bg-red-50 p-4"
    >
      <h3 id="cancel-booking-title" className="font-semibold text-red-900">
        {t("booking.cancel.confirmTitle")}
      </h3>
      <p id="cancel-booking-text" className="text-sm text-red-900">
        {t("booking.cancel.confirmText")}
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button ref={confirmRef} type="button" variant="danger" onClick={cancel} disabled={pending} aria-busy={pending}>
          {pending ? t("booking.cancel.cancelling") : t("booking.cancel.confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onOpenChange(false)} disabled={pending}>
          {t("booking.cancel.keep")}
        </Button>
      </div>
    </div>
  );
}

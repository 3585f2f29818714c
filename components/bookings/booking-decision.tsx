"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decideBookingAction } from "@/lib/bookings/actions";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { translateActionError } from "./translate-action-error";

/**
 * Approve / decline a pending booking. A confirm that would overlap another booking is refused by the
 * service; the refusal is shown in the row, and the list is reloaded so it shows what is true now.
 */
export function BookingDecision({ bookingId, label }: { bookingId: string; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const decide = (decision: "confirm" | "decline") =>
    startTransition(async () => {
      setError(null);
      const response = await decideBookingAction({ bookingId, decision });
      if (!response.ok) setError(translateActionError(t, response));
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2" role="group" aria-label={label}>
      <div className="flex flex-wrap gap-2">
        <Button type="button" className="px-3 py-1" onClick={() => decide("confirm")} disabled={pending} aria-busy={pending}>
          {t("booking.cockpit.approve")}
        </Button>
        <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => decide("decline")} disabled={pending}>
          {t("booking.cockpit.decline")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="max-w-xs text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

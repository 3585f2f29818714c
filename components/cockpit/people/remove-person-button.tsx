"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { removeMemberAction } from "@/lib/people/member-actions";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";

/** Removes a person from the organisation after a confirmation; their community access is revoked. */
export function RemovePersonButton({ userId, name }: { userId: string; name: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setError(null);
      const response = await removeMemberAction({ userId });
      setConfirming(false);
      if (!response.ok) setError(translateActionError(t, response));
      router.refresh();
    });
  return (
    <div className="flex flex-col items-start gap-1">
      {confirming ? (
        <div role="group" aria-label={t("members.remove")} className="flex flex-col gap-2">
          <p className="max-w-xs text-xs text-stone-700">{t("members.removeConfirm", { name })}</p>
          <div className="flex gap-2">
            <Button type="button" variant="danger" className="px-3 py-1" onClick={remove} disabled={pending} aria-busy={pending}>
              {t("members.confirmRemove")}
            </Button>
            <Button type="button" variant="ghost" className="px-3 py-1" onClick={() => setConfirming(false)} disabled={pending}>
              {t("members.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => setConfirming(true)} aria-label={`${t("members.remove")}: ${name}`}>
          {t("members.remove")}
        </Button>
      )}
      {error ? (
        <p role="alert" className="max-w-xs text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

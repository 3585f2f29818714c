"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteCommunityAction } from "@/lib/communities/actions";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

/** Delete with a confirmation step; while access is still being removed at the lock system it says so. */
export function DeleteCommunityButton({ communityId, name }: { communityId: string; name: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setMessage(null);
      const response = await deleteCommunityAction({ communityId });
      setConfirming(false);
      if (!response.ok) return setMessage({ tone: "error", text: translateActionError(t, response) });
      if (!response.data.deleted) {
        setMessage({ tone: "info", text: t("communities.deletePending", { count: response.data.pendingRemovals }) });
        return router.refresh();
      }
      router.push("/cockpit/communities");
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {confirming ? (
        <div role="group" aria-label={t("communities.delete")} className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-stone-700">{t("communities.deleteConfirm", { name })}</p>
          <Button type="button" variant="danger" onClick={remove} disabled={pending} aria-busy={pending}>
            {t("communities.confirmDelete")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
            {t("communities.cancel")}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          {t("communities.delete")}
        </Button>
      )}
    </div>
  );
}

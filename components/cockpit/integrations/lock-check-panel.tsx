"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { syncIntegrationDoorsAction, verifyIntegrationAction } from "@/lib/integrations/actions";
import type { LockFailure } from "@/lib/integrations/lock-check";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

type Kind = "verify" | "sync";
type Message = { tone: "success" | "error"; text: string } | null;

/**
 * "Verify authentication" or "Sync doors": calls the lock system through the server action and says exactly
 * what happened (the site name, or the normalised reason with the lock system's own message).
 */
export function LockCheckButton({ integrationId, kind, variant = "primary" }: { integrationId: string; kind: Kind; variant?: "primary" | "secondary" }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message>(null);
  const failureText = (failure: LockFailure) =>
    t(`cockpitIntegrations.${kind}.failure`, { reason: t(`cockpitIntegrations.reasons.${failure.code}`), message: failure.message });

  function run() {
    setMessage(null);
    startTransition(async () => {
      if (kind === "verify") {
        const response = await verifyIntegrationAction({ integrationId });
        if (!response.ok) setMessage({ tone: "error", text: translateActionError(t, response) });
        else if (response.data.verified) setMessage({ tone: "success", text: t("cockpitIntegrations.verify.success", { site: response.data.siteName }) });
        else setMessage({ tone: "error", text: failureText(response.data.failure) });
      } else {
        const response = await syncIntegrationDoorsAction({ integrationId });
        if (!response.ok) setMessage({ tone: "error", text: translateActionError(t, response) });
        else if (response.data.synced) setMessage({ tone: "success", text: t("cockpitIntegrations.sync.success", { total: response.data.total, added: response.data.added, removed: response.data.removed }) });
        else setMessage({ tone: "error", text: failureText(response.data.failure) });
      }
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col items-start gap-3">
      <Button type="button" variant={variant} onClick={run} disabled={pending} aria-busy={pending}>
        {pending ? t(`cockpitIntegrations.${kind}.running`) : t(`cockpitIntegrations.${kind}.button`)}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}

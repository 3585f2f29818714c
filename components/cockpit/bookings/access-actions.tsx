"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action";
import { getAccessUrlAction, getLockSystemLinkAction, reissueAccessAction, revealPinAction, revokeAccessAction } from "@/lib/cockpit/access-actions";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { translateActionError } from "@/components/bookings/translate-action-error";

type AccessActionsProps = {
  grantId: string;
  canRevealPin: boolean;
  canCopyUrl: boolean;
  /** The lock system's name when it has a page for this access (exivo), else null. */
  lockSystem: string | null;
  canReissue: boolean;
  canRevoke: boolean;
};

type Confirming = "revoke" | "reissue" | null;

/**
 * What an admin can do with one access. The PIN, the access URL and the lock system's page are fetched only
 * on click, by audited server actions: they are never part of the page's HTML.
 */
export function AccessActions({ grantId, canRevealPin, canCopyUrl, lockSystem, canReissue, canRevoke }: AccessActionsProps) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);
  const [pin, setPin] = useState<string | null>(null);
  const [url, setUrl] = useState<{ value: string; copied: boolean } | null>(null);
  const [vendorUrl, setVendorUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  function run<T>(name: string, call: () => Promise<ActionResult<T>>, onData: (data: T) => void | Promise<void>) {
    setBusy(name);
    setMessage(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) await onData(result.data);
      else setMessage({ tone: "error", text: translateActionError(t, result) });
      setBusy(null);
    });
  }

  const revealPin = () => run("pin", () => revealPinAction({ grantId }), (data) => setPin(data.pin));
  const copyUrl = () =>
    run("url", () => getAccessUrlAction({ grantId }), async (data) => {
      const copied = await navigator.clipboard?.writeText(data.url).then(() => true, () => false);
      setUrl({ value: data.url, copied: copied === true });
    });
  const openLockSystem = () => run("vendor", () => getLockSystemLinkAction({ grantId }), (data) => setVendorUrl(data.url));
  const change = (kind: "revoke" | "reissue") =>
    run<unknown>(kind, () => (kind === "revoke" ? revokeAccessAction({ grantId }) : reissueAccessAction({ grantId })) as Promise<ActionResult<unknown>>, () => {
      setConfirming(null);
      setPin(null);
      setUrl(null);
      setMessage({ tone: "ok", text: t(kind === "revoke" ? "cockpitBookings.access.revoked" : "cockpitBookings.access.reissued") });
      router.refresh();
    });

  const label = (name: string, idle: string, working: string) => t(`cockpitBookings.access.${busy === name ? working : idle}`);

  return (
    <div className="flex flex-col gap-3" role="group" aria-label={t("cockpitBookings.access.actions")}>
      {canRevealPin ? (
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-stone-600">{t("cockpitBookings.access.pin")}</span>
          {pin ? (
            <output data-testid="revealed-pin" className="rounded bg-stone-100 px-2 py-1 font-mono text-lg tracking-widest">
              {pin}
            </output>
          ) : (
            <>
              <span aria-hidden="true" className="font-mono text-stone-400">
                {t("cockpitBookings.access.pinHidden")}
              </span>
              <Button type="button" variant="secondary" className="px-3 py-1" onClick={revealPin} disabled={pending} aria-busy={busy === "pin"}>
                {label("pin", "revealPin", "revealing")}
              </Button>
              <span className="text-xs text-stone-500">{t("cockpitBookings.access.pinNote")}</span>
            </>
          )}
        </div>
      ) : null}
      {canCopyUrl ? (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" variant="secondary" className="px-3 py-1" onClick={copyUrl} disabled={pending} aria-busy={busy === "url"}>
              {label("url", "copyUrl", "copying")}
            </Button>
            {url?.copied ? (
              <span role="status" className="text-xs text-emerald-700">
                {t("cockpitBookings.access.copied")}
              </span>
            ) : null}
          </div>
          {url ? (
            <label className="flex flex-col gap-1 text-xs text-stone-600">
              {url.copied ? t("cockpitBookings.access.accessUrl") : t("cockpitBookings.access.copyManually")}
              <input
                readOnly
                data-testid="access-url"
                value={url.value}
                onFocus={(event) => event.currentTarget.select()}
                className="w-full rounded border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs text-stone-800"
              />
            </label>
          ) : null}
        </div>
      ) : null}
      {lockSystem ? (
        <div className="flex flex-wrap items-center gap-3">
          {vendorUrl ? (
            <a href={vendorUrl} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 hover:underline">
              {t("cockpitBookings.access.lockSystemLink", { vendor: lockSystem })} ↗
            </a>
          ) : (
            <Button type="button" variant="ghost" className="px-3 py-1" onClick={openLockSystem} disabled={pending} aria-busy={busy === "vendor"}>
              {busy === "vendor" ? t("cockpitBookings.access.loadingLink", { vendor: lockSystem }) : t("cockpitBookings.access.openInLockSystem", { vendor: lockSystem })}
            </Button>
          )}
        </div>
      ) : null}
      {canReissue || canRevoke ? (
        confirming ? (
          <div className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3">
            <p className="text-sm text-amber-900">{t(`cockpitBookings.access.${confirming}Confirm`)}</p>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant={confirming === "revoke" ? "danger" : "primary"} className="px-3 py-1" onClick={() => change(confirming)} disabled={pending} aria-busy={busy === confirming}>
                {label(confirming, confirming, confirming === "revoke" ? "revoking" : "reissuing")}
              </Button>
              <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => setConfirming(null)} disabled={pending}>
                {t("common.back")}
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2">
            {canReissue ? (
              <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => setConfirming("reissue")} disabled={pending}>
                {t("cockpitBookings.access.reissue")}
              </Button>
            ) : null}
            {canRevoke ? (
              <Button type="button" variant="danger" className="px-3 py-1" onClick={() => setConfirming("revoke")} disabled={pending}>
                {t("cockpitBookings.access.revoke")}
              </Button>
            ) : null}
          </div>
        )
      ) : null}
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { Translate } from "@/lib/i18n/translate";

type Status = "requested" | "in_progress" | "activation_pending" | "active" | "removal_pending" | "removed" | "failed" | "expired";

const TONES: Record<Status, BadgeTone> = {
  requested: "info",
  in_progress: "info",
  activation_pending: "warning",
  active: "success",
  removal_pending: "warning",
  removed: "neutral",
  failed: "danger",
  expired: "neutral",
};

/** A member's standing access under one rule: the grant's status, and for a failure its reason. */
export function AccessStatusBadge({ t, status, lastError }: { t: Translate; status: Status | null; lastError?: string | null }) {
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <StatusBadge tone={status ? TONES[status] : "neutral"}>{t(`communities.statuses.${status ?? "none"}`)}</StatusBadge>
      {status === "failed" && lastError ? <span className="max-w-xs text-xs text-red-700">{lastError}</span> : null}
    </span>
  );
}

/** Statuses the engine is still working on: the page refreshes itself while any is shown. */
export function isInFlight(status: Status | null): boolean {
  return status === "requested" || status === "in_progress" || status === "removal_pending";
}

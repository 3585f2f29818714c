import type { GrantStatus } from "@/lib/access/grant-store";
import { getT } from "@/lib/i18n/server";
import type { BadgeTone } from "@/components/ui/status-badge";

// An access's status as admins read it: an icon (decoration only) and the text that carries the meaning.

const LOOK: Record<GrantStatus, { icon: string; tone: BadgeTone }> = {
  requested: { icon: "◔", tone: "info" },
  in_progress: { icon: "◔", tone: "info" },
  activation_pending: { icon: "◑", tone: "warning" },
  active: { icon: "✓", tone: "success" },
  removal_pending: { icon: "◔", tone: "warning" },
  removed: { icon: "✕", tone: "neutral" },
  failed: { icon: "!", tone: "danger" },
  expired: { icon: "◷", tone: "neutral" },
};

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-300",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
};

/** Work the engine is still doing: the page refreshes itself while any access is in one of these. */
export const IN_FLIGHT_STATUSES: readonly GrantStatus[] = ["requested", "in_progress", "removal_pending"];

export async function AccessStatus({ status }: { status: GrantStatus }) {
  const t = await getT();
  const { icon, tone } = LOOK[status];
  return (
    <span className="inline-flex flex-col gap-1">
      <span
        data-testid="access-status"
        data-status={status}
        className={`inline-flex w-fit items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${TONES[tone]}`}
      >
        <span aria-hidden="true" className="font-bold">
          {icon}
        </span>
        {t(`cockpitBookings.access.statuses.${status}`)}
      </span>
      <span className="text-xs text-stone-600">{t(`cockpitBookings.access.explanations.${status}`)}</span>
    </span>
  );
}

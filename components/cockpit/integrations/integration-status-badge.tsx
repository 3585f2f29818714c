import type { integrationStatus } from "@/db/schema";
import type { Translate } from "@/lib/i18n/translate";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

type Status = (typeof integrationStatus.enumValues)[number];

const STATUS_TONES: Record<Status, BadgeTone> = {
  unverified: "warning",
  verified: "success",
  failed: "danger",
  disabled: "neutral",
};

export function IntegrationStatusBadge({ status, t }: { status: Status; t: Translate }) {
  return <StatusBadge tone={STATUS_TONES[status]}>{t(`integrations.statuses.${status}`)}</StatusBadge>;
}

import type { bookingStatus } from "@/db/schema";
import { getT } from "@/lib/i18n/server";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

export type BookingStatus = (typeof bookingStatus.enumValues)[number];

const TONES: Record<BookingStatus, BadgeTone> = {
  pending: "warning",
  confirmed: "success",
  declined: "danger",
  cancelled: "neutral",
};

export async function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const t = await getT();
  return <StatusBadge tone={TONES[status]}>{t(`bookings.statuses.${status}`)}</StatusBadge>;
}

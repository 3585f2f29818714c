"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";

/**
 * Reloads the server-rendered page every few seconds while the access engine is still working on it (an
 * access in progress or being removed, a message queued), and stops once everything has settled.
 */
export function AutoRefresh({ active, intervalMs = 2_000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  const { t } = useI18n();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  if (!active) return null;
  return (
    <p role="status" className="text-xs text-stone-500">
      {t("cockpitBookings.detail.refreshing")}
    </p>
  );
}

"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const INTERVAL_MS = 2_500;

/**
 * Re-renders the booking page from the server every few seconds while its access is still being set up or
 * removed, so the resident sees "active" (and the PIN) without reloading. The server renders `active={false}`
 * once everything is settled, which clears the interval.
 */
export function AccessStatusRefresher({ active, label }: { active: boolean; label: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), INTERVAL_MS);
    return () => clearInterval(timer);
  }, [active, router]);
  if (!active) return null;
  return (
    <p role="status" className="mt-3 text-xs text-sky-800" data-testid="access-updating">
      {label}
    </p>
  );
}

"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Reloads the server component every few seconds while the access engine is still at work on a shown grant. */
export function RefreshWhilePending({ active, intervalMs = 2000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return null;
}

"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const FAST_MS = 2_500;
const SLOW_MS = 15_000;
/** Access usually settles within seconds; one that is being retried for longer is checked less often. */
const FAST_FOR_MS = 2 * 60_000;

/**
 * Re-renders the booking page from the server every few seconds while its access is still being set up or
 * removed (or its key message is on its way), so the resident sees "active" and the PIN without reloading.
 * The server renders `active={false}` once everything is settled, which stops it.
 */
export function AccessStatusRefresher({ active, label }: { active: boolean; label: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        router.refresh();
        schedule();
      }, Date.now() - started < FAST_FOR_MS ? FAST_MS : SLOW_MS);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [active, router]);
  if (!active) return null;
  return (
    <p role="status" className="mt-3 text-xs text-sky-800" data-testid="access-updating">
      {label}
    </p>
  );
}

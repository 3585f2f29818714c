import type { DbOrTx } from "@/db";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { ACCESS_QUEUES, type AccessSyncPayload } from "@/lib/jobs/queues";
import { wakeJobWorkers, wakeJobWorkersIn } from "@/lib/jobs/wake";

// Sync jobs are enqueued in the transaction that gives a grant new work, and the workers are woken after the
// commit: right away, or when a retry falls due (the job's startAfter), so neither waits for the next poll.

/** Within this delay a retry is woken by a timer; later ones are found by the workers' polling. */
const WAKE_TIMER_LIMIT_MS = 60_000;

/**
 * `notBefore` is the grant's next_attempt_at as the database computed it (grant-store.ts dbTimeIn): pg-boss
 * compares startAfter with the same clock, so the job never runs while the grant's back-off still holds.
 */
export async function enqueueGrantSync(tx: DbOrTx, grantId: string, notBefore?: Date): Promise<void> {
  const payload: AccessSyncPayload = { grantId };
  // +1 ms: the Date lost the timestamp's microseconds.
  await enqueueJob(tx, ACCESS_QUEUES.sync, payload, notBefore ? { startAfter: new Date(notBefore.getTime() + 1) } : {});
}

/** Call after the commit of a transaction that enqueued sync jobs; `delaysMs` are their delays. */
export function wakeAccessWorkers(delaysMs: number[] = [0]): void {
  for (const delay of new Set(delaysMs)) {
    if (delay <= 0) wakeJobWorkers();
    // A little late on purpose: a job is fetched only once its startAfter has passed.
    else if (delay <= WAKE_TIMER_LIMIT_MS) wakeJobWorkersIn(delay + 25);
  }
}

// Workers registered by lib/jobs/worker.ts, per queue; waking them after a commit makes a job start at once
// instead of at the next poll. Only queues this process enqueued to lately are woken: an idle worker that is
// woken fetches (one query), and during a burst of bookings waking every queue on every commit (cancel,
// decline, the scheduled ones...) is a stream of empty fetches competing with the real work.

/** Longer than any transaction between an enqueue and its commit, and than the delayed wakes of retries. */
const RECENT_MS = 5 * 60_000;

const holder = globalThis as typeof globalThis & {
  __keyslotWake?: { wakers: Map<string, Set<() => void>>; enqueuedAt: Map<string, number>; notified: boolean };
};
holder.__keyslotWake ??= { wakers: new Map(), enqueuedAt: new Map(), notified: false };
const state = holder.__keyslotWake;

export function registerWaker(queue: string, wake: () => void): () => void {
  const set = state.wakers.get(queue) ?? new Set();
  state.wakers.set(queue, set);
  set.add(wake);
  return () => set.delete(wake);
}

/** Called by enqueueJob: a job of this queue may be committed soon. */
export function noteEnqueued(queue: string): void {
  state.enqueuedAt.set(queue, Date.now());
}

/**
 * After a commit: wakes the workers of the queues enqueued to lately (whichever transaction did it). Nothing
 * to do while the database notifies this process of new jobs itself (job-notifications.ts): the commit's
 * notification wakes the right queue, in this process and in every other one.
 */
export function wakeJobWorkers(): void {
  if (!state.notified) wakeRecentQueues();
}

/** For a job that falls due later (a retry's back-off): no notification comes for it, so always wake. */
export function wakeJobWorkersIn(delayMs: number): void {
  setTimeout(wakeRecentQueues, delayMs).unref();
}

/** A notification from the database: a job of `queue` was committed (by any process). */
export function wakeQueue(queue: string): void {
  for (const wake of state.wakers.get(queue) ?? []) wake();
}

/** Set while this process listens for the database's job notifications. */
export function setNotifiedByDatabase(notified: boolean): void {
  state.notified = notified;
}

function wakeRecentQueues(): void {
  const since = Date.now() - RECENT_MS;
  for (const [queue, at] of state.enqueuedAt) {
    if (at < since) continue;
    wakeQueue(queue);
  }
}

// Workers registered by lib/jobs/worker.ts, per queue; waking them after a commit makes a job start at once
// instead of at the next poll. Only queues this process enqueued to lately are woken: an idle worker that is
// woken fetches (one query), and during a burst of bookings waking every queue on every commit (cancel,
// decline, the scheduled ones...) is a stream of empty fetches competing with the real work.

/** Longer than any transaction between an enqueue and its commit, and than the delayed wakes of retries. */
const RECENT_MS = 5 * 60_000;

const holder = globalThis as typeof globalThis & {
  __keyslotWake?: { wakers: Map<string, Set<() => void>>; enqueuedAt: Map<string, number> };
};
holder.__keyslotWake ??= { wakers: new Map(), enqueuedAt: new Map() };
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

/** After a commit: wakes the workers of the queues enqueued to lately (whichever transaction did it). */
export function wakeJobWorkers(): void {
  const since = Date.now() - RECENT_MS;
  for (const [queue, at] of state.enqueuedAt) {
    if (at < since) continue;
    for (const wake of state.wakers.get(queue) ?? []) wake();
  }
}

import type PgBoss from "pg-boss";

/**
 * boss.work, except that a full batch is followed by the next fetch at once. pg-boss waits out the polling
 * interval after every batch unless the worker was notified meanwhile, so a burst of jobs larger than one
 * batch would otherwise be worked off one batch per interval (measured: seconds of queueing in
 * scripts/bench-access.ts).
 */
export async function workBatches<T>(
  boss: PgBoss,
  queue: string,
  options: { batchSize: number; pollingIntervalSeconds: number },
  handler: (jobs: PgBoss.Job<T>[]) => Promise<void>,
): Promise<string> {
  let id: string | undefined;
  id = await boss.work<T>(queue, options, async (jobs: PgBoss.Job<T>[]) => {
    await handler(jobs);
    if (id && jobs.length >= options.batchSize) boss.notifyWorker(id);
  });
  return id;
}

/**
 * Several workBatches loops on one queue, so one slow batch does not hold up the jobs behind it. Returns
 * the wake for a commit that enqueued one job: an idle loop fetches it (one query); when every loop is busy,
 * all are told to fetch again as soon as their batch is done, whichever comes first. Waking every idle loop
 * instead would send one empty fetch per loop and commit during a burst.
 */
export async function workBatchLoops<T>(
  boss: PgBoss,
  queue: string,
  options: { loops: number; batchSize: number; pollingIntervalSeconds: number },
  handler: (jobs: PgBoss.Job<T>[]) => Promise<void>,
): Promise<() => void> {
  const loops: { id: string; busy: boolean }[] = [];
  for (let n = 0; n < options.loops; n++) {
    const loop = { id: "", busy: false };
    loop.id = await workBatches<T>(boss, queue, options, async (jobs) => {
      loop.busy = true;
      try {
        await handler(jobs);
      } finally {
        loop.busy = false;
      }
    });
    loops.push(loop);
  }
  let next = 0;
  return () => {
    const idle = loops.filter((loop) => !loop.busy);
    if (idle.length === 0) return loops.forEach((loop) => boss.notifyWorker(loop.id));
    // Round robin: two quick commits wake two loops, not the same one twice.
    boss.notifyWorker(idle[next++ % idle.length]!.id);
  };
}

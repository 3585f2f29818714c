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

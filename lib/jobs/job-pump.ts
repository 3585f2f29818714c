import type PgBoss from "pg-boss";
import { logger } from "@/lib/server/logger";

// A queue worker that keeps up to `concurrency` jobs running and fetches the moment a slot is free or a
// commit wakes it. boss.work fetches a batch and fetches again only once the whole batch is done, so during a
// burst a job committed just after a fetch waited for the slowest job of some batch (measured in
// scripts/bench-access.ts: ~180 ms median from commit to fetch with 10 loops of 5). Here every job runs on
// its own; completions are written together (one statement per tick), failures one by one (pg-boss retries
// them with its back-off). A job whose completion was lost (crash) expires and runs again: handlers must be
// idempotent, as every job handler here is.

export type JobPump = {
  /** A job may have been committed: fetch now if a slot is free (else as soon as one is). */
  wake(): void;
  stop(): void;
};

type Options = { concurrency: number; pollingIntervalMs: number };

export function startJobPump<T>(boss: PgBoss, queue: string, { concurrency, pollingIntervalMs }: Options, handle: (data: T) => Promise<void>): JobPump {
  let running = 0;
  let fetching = false;
  /** Jobs may be waiting that no fetch has seen yet: a wake came while fetching or while every slot was busy. */
  let pending = false;
  let stopped = false;
  let completed: string[] = [];

  async function pump(): Promise<void> {
    if (stopped) return;
    const free = concurrency - running;
    if (fetching || free <= 0) {
      pending = true;
      return;
    }
    fetching = true;
    pending = false;
    let jobs: PgBoss.Job<T>[] = [];
    try {
      jobs = await boss.fetch<T>(queue, { batchSize: free });
    } catch (error) {
      // The database is away or shutting down: the poll tries again.
      if (!stopped) logger.warn("job fetch failed", { queue, error: String(error) });
    } finally {
      fetching = false;
    }
    for (const job of jobs) void run(job);
    // A full fetch may have left jobs behind; a wake during the fetch may have been for a job it missed.
    if (jobs.length === free || pending) void pump();
  }

  async function run(job: PgBoss.Job<T>): Promise<void> {
    running++;
    try {
      await handle(job.data);
      complete(job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error("job failed", { queue, jobId: job.id, error: message });
      await boss.fail(queue, job.id, { message }).catch((failError: unknown) => logger.warn("job fail not recorded", { queue, jobId: job.id, error: String(failError) }));
    } finally {
      running--;
      if (pending) void pump();
    }
  }

  function complete(id: string): void {
    completed.push(id);
    if (completed.length > 1) return;
    // Every job that finishes in this turn of the event loop is completed by the same statement.
    setImmediate(() => {
      const ids = completed;
      completed = [];
      boss.complete(queue, ids).catch((error: unknown) => {
        // The jobs stay active until they expire and then run again (idempotent handlers): nothing is lost.
        if (!stopped) logger.warn("job completion not recorded", { queue, jobs: ids.length, error: String(error) });
      });
    });
  }

  // The fallback for jobs nobody woke for: retries falling due, jobs enqueued by another process.
  const poll = setInterval(() => void pump(), pollingIntervalMs);
  poll.unref();
  const stop = () => {
    stopped = true;
    clearInterval(poll);
  };
  boss.once("stopped", stop);
  void pump();
  return { wake: () => void pump(), stop };
}

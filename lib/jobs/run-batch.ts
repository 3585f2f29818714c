import type PgBoss from "pg-boss";
import { logger } from "@/lib/server/logger";

/**
 * Runs a fetched batch concurrently. A job that throws is failed on its own (pg-boss retries it); the others
 * complete. pg-boss would otherwise fail, and retry, the whole batch for one bad job.
 */
export async function runJobBatch<T>(boss: PgBoss, queue: string, jobs: PgBoss.Job<T>[], handle: (data: T) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(jobs.map((job) => handle(job.data)));
  for (const [index, result] of results.entries()) {
    if (result.status === "fulfilled") continue;
    const error = result.reason instanceof Error ? result.reason : new Error(String(result.reason));
    logger.error("job failed", { queue, jobId: jobs[index]!.id, error: error.message });
    await boss.fail(queue, jobs[index]!.id, { message: error.message });
  }
}

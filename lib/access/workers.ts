import type PgBoss from "pg-boss";
import { runJobBatch } from "@/lib/jobs/run-batch";
import { workBatchLoops } from "@/lib/jobs/work-batches";
import { ACCESS_QUEUES, type AccessSyncPayload } from "@/lib/jobs/queues";
import { cleanUpAccess } from "./cleanup";
import { reconcileStandingAccess } from "./community-renewal";
import { reconcileAccess } from "./reconcile";
import { checkStartGuarantee } from "./start-alerts";
import { syncGrant } from "./sync-grant";

// The access engine's workers in this process. Several sync loops, each running its batch concurrently:
// vendor calls wait on the network, and one slow lock system must not hold up the others' grants.

const SYNC_LOOPS = 10;
const SYNC_BATCH = 5;

export const ACCESS_SCHEDULES = {
  /** Read-back of every usable grant and resumption of stalled work. */
  reconcile: "*/5 * * * *",
  /** Daily, at night in Central Europe (cron in UTC). */
  cleanup: "30 2 * * *",
  /** Start-time guarantee (start-alerts.ts). */
  startCheck: "* * * * *",
} as const;

/**
 * Returns the sync queue's wake (for a commit that enqueued sync jobs); the scheduled ones are started by
 * their cron and their polling. `schedules: false` leaves the cron jobs out (tests).
 */
export async function startAccessWorkers(boss: PgBoss, { schedules = true }: { schedules?: boolean } = {}): Promise<{ queue: string; wake: () => void }[]> {
  const wakeSync = await workBatchLoops<AccessSyncPayload>(
    boss,
    ACCESS_QUEUES.sync,
    { loops: SYNC_LOOPS, batchSize: SYNC_BATCH, pollingIntervalSeconds: 1 },
    (jobs) => runJobBatch(boss, ACCESS_QUEUES.sync, jobs, ({ grantId }) => syncGrant(grantId)),
  );
  await boss.work(ACCESS_QUEUES.reconcile, { pollingIntervalSeconds: 5 }, async () => {
    await reconcileAccess();
    // Community access: drift against memberships and rules, and renewal before the standing window ends.
    await reconcileStandingAccess();
  });
  await boss.work(ACCESS_QUEUES.cleanup, { pollingIntervalSeconds: 30 }, async () => void (await cleanUpAccess()));
  await boss.work(ACCESS_QUEUES.startCheck, { pollingIntervalSeconds: 10 }, async () => void (await checkStartGuarantee()));
  if (schedules) {
    await boss.schedule(ACCESS_QUEUES.reconcile, ACCESS_SCHEDULES.reconcile);
    await boss.schedule(ACCESS_QUEUES.cleanup, ACCESS_SCHEDULES.cleanup);
    await boss.schedule(ACCESS_QUEUES.startCheck, ACCESS_SCHEDULES.startCheck);
  }
  return [{ queue: ACCESS_QUEUES.sync, wake: wakeSync }];
}

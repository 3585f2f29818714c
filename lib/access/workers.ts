import type PgBoss from "pg-boss";
import { startJobPump } from "@/lib/jobs/job-pump";
import { ACCESS_QUEUES, type AccessSyncPayload } from "@/lib/jobs/queues";
import { cleanUpAccess } from "./cleanup";
import { reconcileStandingAccess } from "./community-renewal";
import { reconcileAccess } from "./reconcile";
import { checkStartGuarantee } from "./start-alerts";
import { syncGrant } from "./sync-grant";

// The access engine's workers in this process. Sync jobs run concurrently, each on its own (job-pump.ts):
// vendor calls wait on the network, and one slow lock system must not hold up the others' grants.

const SYNC_CONCURRENCY = 50;
const SYNC_POLLING_MS = 1_000;

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
  const sync = startJobPump<AccessSyncPayload>(boss, ACCESS_QUEUES.sync, { concurrency: SYNC_CONCURRENCY, pollingIntervalMs: SYNC_POLLING_MS }, ({ grantId }) =>
    syncGrant(grantId),
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
  return [{ queue: ACCESS_QUEUES.sync, wake: sync.wake }];
}

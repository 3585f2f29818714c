import type PgBoss from "pg-boss";
import { sendBookingEmails } from "@/lib/bookings/notify";
import { handleBookingEvent } from "@/lib/access/triggers";
import { startAccessWorkers } from "@/lib/access/workers";
import { getBoss } from "./boss";
import { deliverQueuedMessage } from "@/lib/notifications/deliver";
import { BOOKING_EVENT_QUEUES, BOOKING_NOTIFY_QUEUE, NOTIFICATION_DELIVER_QUEUE, type BookingEventPayload, type BookingNotifyPayload, type NotificationDeliverPayload } from "./queues";
import { runJobBatch } from "./run-batch";
import { listenForJobs } from "./job-notifications";
import { registerWaker } from "./wake";
import { workBatches } from "./work-batches";

type Handlers = {
  /** Tests observe booking events here, after the access engine has handled them. */
  onBookingEvent?: (queue: string, payload: BookingEventPayload) => Promise<void>;
  /** False: no cron schedules (reconciliation, cleanup) are registered, for tests that drive them directly. */
  schedules?: boolean;
};

/** Starts this process's job workers: booking events drive the access engine, booking.notify sends e-mails. */
export async function startJobWorkers(handlers: Handlers = {}): Promise<() => void> {
  const boss = await getBoss();
  const workers: { queue: string; id: string }[] = [];
  for (const queue of Object.values(BOOKING_EVENT_QUEUES)) {
    workers.push({
      queue,
      id: await workBatches<BookingEventPayload>(boss, queue, { batchSize: 10, pollingIntervalSeconds: 2 }, (jobs: PgBoss.Job<BookingEventPayload>[]) =>
        runJobBatch(boss, queue, jobs, async (payload) => {
          await handleBookingEvent(queue, payload);
          await handlers.onBookingEvent?.(queue, payload);
        }),
      ),
    });
  }
  workers.push({
    queue: BOOKING_NOTIFY_QUEUE,
    id: await boss.work<BookingNotifyPayload>(BOOKING_NOTIFY_QUEUE, { batchSize: 5, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await sendBookingEmails(job.data);
    }),
  });
  workers.push({
    queue: NOTIFICATION_DELIVER_QUEUE,
    id: await boss.work<NotificationDeliverPayload>(NOTIFICATION_DELIVER_QUEUE, { batchSize: 5, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await deliverQueuedMessage(job.data.notificationId);
    }),
  });
  const wakers = [...workers.map(({ queue, id }) => ({ queue, wake: () => boss.notifyWorker(id) })), ...(await startAccessWorkers(boss, { schedules: handlers.schedules ?? true }))];
  const unregister = wakers.map(({ queue, wake }) => registerWaker(queue, wake));
  // PostgreSQL: the commit of a job (here or in another process) wakes its queue; PGlite: local wakes.
  const unlisten = await listenForJobs();
  return () => {
    unregister.forEach((remove) => remove());
    void unlisten?.();
  };
}

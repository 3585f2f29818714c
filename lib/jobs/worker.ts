import type PgBoss from "pg-boss";
import { logger } from "@/lib/server/logger";
import { sendBookingEmails } from "@/lib/bookings/notify";
import { getBoss } from "./boss";
import { BOOKING_EVENT_QUEUES, BOOKING_NOTIFY_QUEUE, type BookingEventPayload, type BookingNotifyPayload } from "./queues";
import { registerWaker } from "./wake";

type Handlers = { onBookingEvent?: (queue: string, payload: BookingEventPayload) => Promise<void> };

/**
 * Starts this process's job workers. Booking events only get logged until the access engine consumes them;
 * tests pass their own handler to observe them.
 */
export async function startJobWorkers(handlers: Handlers = {}): Promise<() => void> {
  const boss = await getBoss();
  const ids: string[] = [];
  for (const queue of Object.values(BOOKING_EVENT_QUEUES)) {
    ids.push(
      await boss.work<BookingEventPayload>(queue, { batchSize: 10, pollingIntervalSeconds: 2 }, async (jobs: PgBoss.Job<BookingEventPayload>[]) => {
        for (const job of jobs) {
          logger.info("booking event", { queue, bookingId: job.data.bookingId, version: job.data.version });
          await handlers.onBookingEvent?.(queue, job.data);
        }
      }),
    );
  }
  ids.push(
    await boss.work<BookingNotifyPayload>(BOOKING_NOTIFY_QUEUE, { batchSize: 5, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await sendBookingEmails(job.data);
    }),
  );
  return registerWaker(() => ids.forEach((id) => boss.notifyWorker(id)));
}

import type { DbOrTx } from "@/db";
import { getBoss } from "./boss";
import { executorFor } from "./sql-executor";
import { noteEnqueued } from "./wake";

/** Enqueues a job inside the caller's transaction: committed with it, or never. */
export async function enqueueJob(tx: DbOrTx, queue: string, data: object, options: { singletonKey?: string; startAfter?: Date } = {}) {
  const boss = await getBoss();
  noteEnqueued(queue);
  return boss.send(queue, data, { ...options, db: executorFor(tx) });
}

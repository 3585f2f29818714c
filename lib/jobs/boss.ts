import PgBoss from "pg-boss";
import { getDatabaseHandle } from "@/db";
import { logger } from "@/lib/server/logger";
import { ALL_QUEUES } from "./queues";

// One pg-boss per process, on the same database as everything else (PGlite or PostgreSQL) through the
// handle's own connection: no second pool, and on PGlite no second process on the data folder.
const holder = globalThis as typeof globalThis & { __keyslotBoss?: Promise<PgBoss> };

export function getBoss(): Promise<PgBoss> {
  holder.__keyslotBoss ??= startBoss();
  return holder.__keyslotBoss;
}

async function startBoss(): Promise<PgBoss> {
  const handle = await getDatabaseHandle();
  const boss = new PgBoss({
    db: { executeSql: (text, values) => handle.executeSql(text, values) },
    schema: "pgboss",
    // Workers are woken right after a commit (lib/jobs/wake.ts); polling is only the fallback.
    pollingIntervalSeconds: 2,
    retryLimit: 5,
    retryBackoff: true,
  });
  boss.on("error", (error) => logger.error("job queue error", { error: error.message }));
  await boss.start();
  for (const name of ALL_QUEUES) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  }
  return boss;
}

/** For tests and shutdown: stops workers and timers so the process (or the test file) can end. */
export async function stopBoss(): Promise<void> {
  const boss = await holder.__keyslotBoss;
  holder.__keyslotBoss = undefined;
  await boss?.stop({ graceful: false, wait: true });
}

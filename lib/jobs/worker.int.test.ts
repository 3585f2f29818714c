import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { ACCESS_SCHEDULES } from "@/lib/access/workers";
import { getBoss, stopBoss } from "./boss";
import { enqueueJob } from "./enqueue";
import { registerWaker, wakeJobWorkers } from "./wake";
import { startJobWorkers } from "./worker";

// The workers as the app and `npm run worker` start them: with the cron schedules (which once failed on
// PostgreSQL: pg-boss passes undefined parameters), and on PostgreSQL woken by the database's notification
// when a job commits, whichever process committed it.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let database: TestDatabase;
let stopWorkers: () => void;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseHandle(database);
  stopWorkers = await startJobWorkers();
});

afterAll(async () => {
  stopWorkers();
  await stopBoss();
  await database.close();
});

describe(`job workers (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("register the reconciliation, cleanup and start-check schedules", async () => {
    const { rows } = await database.executeSql("select name, cron from pgboss.schedule order by name");
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: "access.reconcile", cron: ACCESS_SCHEDULES.reconcile },
        { name: "access.cleanup", cron: ACCESS_SCHEDULES.cleanup },
        { name: "access.start-check", cron: ACCESS_SCHEDULES.startCheck },
      ]),
    );
  });

  it(onPostgres ? "are woken by the commit of a job, without anyone in this process waking them" : "are woken after the commit by this process (PGlite: one process, no notifications)", async () => {
    const boss = await getBoss();
    await boss.createQueue("test.notified");
    const woken = new Promise<void>((resolve) => registerWaker("test.notified", resolve));
    if (onPostgres) {
      // Written on a connection of its own, as another process would: no local wake follows it.
      await database.executeSql("insert into pgboss.job (name, data) values ('test.notified', '{}'::jsonb)");
    } else {
      await enqueueJob(database.db, "test.notified", {});
      wakeJobWorkers();
    }
    await expect(woken).resolves.toBeUndefined();
  });
});

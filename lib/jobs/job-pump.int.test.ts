import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { getBoss, stopBoss } from "./boss";
import { startJobPump, type JobPump } from "./job-pump";

// The sync queue's worker (job-pump.ts) on a real pg-boss: jobs run on their own up to the concurrency, a job
// that arrives while every slot is busy starts as soon as one frees (no poll needed), and a failing job is
// failed alone and retried by pg-boss.

let database: TestDatabase;
let boss: PgBoss;
const pumps: JobPump[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseHandle(database);
  boss = await getBoss();
});

afterAll(async () => {
  for (const pump of pumps) pump.stop();
  await stopBoss();
  await database.close();
});

/** A queue of its own per test, and a handler whose jobs finish when the test says so. */
async function pumpOn(queue: string, concurrency: number, onJob: (data: { n: number }) => Promise<void>, pollingIntervalMs = 60_000) {
  await boss.createQueue(queue, { name: queue, retryLimit: 2, retryDelay: 0 });
  // By default a poll far beyond the test's length: every start comes from a wake or a freed slot.
  const pump = startJobPump<{ n: number }>(boss, queue, { concurrency, pollingIntervalMs }, onJob);
  pumps.push(pump);
  return pump;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function states(queue: string): Promise<string[]> {
  const result = await database.executeSql("select state from pgboss.job where name = $1 order by (data->>'n')::int", [queue]);
  return result.rows.map((row) => String(row.state));
}

describe("job pump", () => {
  it("runs up to its concurrency at once and starts a waiting job the moment a slot frees", async () => {
    const started: number[] = [];
    const gates = new Map<number, ReturnType<typeof deferred>>();
    const pump = await pumpOn("test.pump-slots", 2, async ({ n }) => {
      started.push(n);
      const gate = deferred();
      gates.set(n, gate);
      await gate.promise;
    });
    for (const n of [1, 2, 3]) await boss.send("test.pump-slots", { n });
    const fetches = vi.spyOn(boss, "fetch");
    pump.wake();
    await until(() => started.length === 2, "two jobs to start");
    // Both slots are busy: a wake does not even fetch (jobs start only from a fetch); the freed slot will.
    const fetchesWhileBusy = fetches.mock.calls.length;
    pump.wake();
    expect(fetches.mock.calls.length).toBe(fetchesWhileBusy);
    fetches.mockRestore();
    expect(started).toHaveLength(2);
    gates.get(started[0]!)!.resolve();
    await until(() => started.length === 3, "the third job to start in the freed slot");
    for (const gate of gates.values()) gate.resolve();
    await until(async () => (await states("test.pump-slots")).every((state) => state === "completed"), "all jobs completed");
    expect([...started].sort()).toEqual([1, 2, 3]);
  });

  it("fails a throwing job on its own; pg-boss retries it and the others complete", async () => {
    const runs: number[] = [];
    // The retry falls due after pg-boss's back-off: the poll (the fallback for retries) picks it up.
    const pump = await pumpOn(
      "test.pump-failure",
      5,
      async ({ n }) => {
        runs.push(n);
        if (n === 2 && runs.filter((r) => r === 2).length === 1) throw new Error("first attempt fails");
      },
      100,
    );
    for (const n of [1, 2, 3]) await boss.send("test.pump-failure", { n });
    pump.wake();
    await until(async () => (await states("test.pump-failure")).every((state) => state === "completed"), "the retry to complete");
    expect(runs.filter((n) => n === 2)).toHaveLength(2);
    expect(runs.filter((n) => n !== 2).sort()).toEqual([1, 3]);
  });
});

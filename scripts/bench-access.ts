// `npm run bench:access`: 500 bookings confirmed in bursts (10 x 50 concurrent createBooking calls) against the
// exivo simulator, with the real job workers in this process; per booking the time from commit (createBooking
// resolved) to its grant `active`, at 0 and at 100 ms injected vendor latency (per request). Baseline in the
// same run: the bare driver.grant against the same simulator, in bursts of the same size. Uses a throw-away
// database on BENCH_DATABASE_URL (default: this machine's postgres://postgres@127.0.0.1:5432).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase } from "@/db/testing";
import { createOrganization, createResource, createSite, createUser } from "@/db/factories";
import { accessRules, doors, lockIntegrations } from "@/db/schema";
import { sealSecret } from "@/lib/crypto/key-ring";
import { createBooking } from "@/lib/bookings/service";
import { configureAccessEngine } from "@/lib/access/engine-options";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { startJobWorkers } from "@/lib/jobs/worker";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { closeIntegrationDrivers, getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { DEMO_COMPONENT_IDS as C, DEMO_MOBILE_APP } from "@/lib/locks/exivo/simulator/demo-installation";
import type { ExivoFault } from "@/lib/locks/exivo/simulator/faults";
import type { GrantRequest } from "@/lib/locks/types";
import { cpuSnapshot, describeCpu } from "./bench-cpu";
import { profileWhile } from "./bench-cpu-profile";
import { measureStages, timeVendorCalls, type BookingTimes } from "./bench-access-stages";

// BENCH_BURSTS / BENCH_BURST_SIZE / BENCH_LATENCIES_MS (comma-separated) change the run while investigating;
// the defaults are the target's.
const BURSTS = Number(process.env.BENCH_BURSTS ?? 10);
const BURST_SIZE = Number(process.env.BENCH_BURST_SIZE ?? 50); // = resources: each burst books every resource once, each burst its own hour
const LATENCIES_MS = (process.env.BENCH_LATENCIES_MS ?? "0,100").split(",").map(Number);
const BURST_TIMEOUT_MS = 60_000;
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
process.env.LOG_LEVEL ??= "warn";

const hardStop = setTimeout(() => {
  console.error("bench-access: gave up after 10 minutes");
  process.exit(2);
}, 10 * 60_000);
hardStop.unref();

const database = await createTestDatabase();
useDatabaseHandle(database);
const { db } = database;
// Production timings, except the lease (no worker dies here).
configureAccessEngine({});
const sim = await startRemoteSimulator();
await getBoss();
// BENCH_WORKERS=process: the job workers run as `npm run worker` does, in a process of their own (the
// PostgreSQL deployment that scales out); the bookings are made here, as the app would.
const workerProcess = process.env.BENCH_WORKERS === "process" ? await startWorkerProcess(database.url!) : null;
const stopWorkers = workerProcess ? () => workerProcess.kill() : await startJobWorkers({ schedules: false });

const now = new Date("2027-06-01T04:00:00Z");
const org = await createOrganization(db);
const [integration] = await db
  .insert(lockIntegrations)
  .values({
    orgId: org.id,
    vendor: "exivo",
    name: "exivo simulator",
    settings: { baseUrl: sim.baseUrl, siteId: sim.site.siteId, mobileAppId: DEMO_MOBILE_APP.id },
    credentialsEncrypted: sealSecret(JSON.stringify({ apiKey: sim.site.apiKey, apiSecret: sim.site.apiSecret })),
  })
  .returning();
const site = await createSite(db, org.id, { timeZone: "Europe/Zurich", integrationId: integration!.id });
await db.insert(doors).values({ orgId: org.id, integrationId: integration!.id, siteId: site.id, vendorId: C.meetingRoom1, kind: "component", name: "Meeting room 1" });
const resources = await Promise.all(
  Array.from({ length: BURST_SIZE }, () => createResource(db, org.id, site.id, { accessIdentifier: `accessPoint:${C.meetingRoom1}` })),
);
await db.insert(accessRules).values(resources.map((r) => ({ orgId: org.id, kind: "booking" as const, resourceId: r.id, credentialType: "pin" as const })));
const people = await Promise.all(
  Array.from({ length: BURSTS * BURST_SIZE }, (_, i) => createUser(db, org.id, "resident", { phone: `+4179${String(1_000_000 + i).padStart(7, "0")}` })),
);
// The engine's own driver instance (cached per integration): its grant calls are timed for the breakdown.
const driver = (await getIntegrationDriver({ orgId: org.id, integrationId: integration!.id }))!;
const vendorDoneAt = timeVendorCalls(driver);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]! };
};
const fmt = (s: ReturnType<typeof stats>) =>
  `p50 ${s.p50.toFixed(0).padStart(5)} ms  p95 ${s.p95.toFixed(0).padStart(5)} ms  p99 ${s.p99.toFixed(0).padStart(5)} ms  max ${s.max.toFixed(0).padStart(5)} ms`;

/** scripts/worker.ts on the benchmark's database; resolves once its workers run. */
async function startWorkerProcess(databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const reader = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    reader.on("line", (line) => line.includes("job workers running") && resolve());
    child.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
  });
  return child;
}

/** The simulator in a child process (bench-access-simulator.ts), driven through its control API. */
async function startRemoteSimulator() {
  return connectSimulator(spawn("node_modules/.bin/tsx", ["scripts/bench-access-simulator.ts"], { stdio: ["pipe", "pipe", "inherit"] }));
}

async function connectSimulator(child: ReturnType<typeof spawn>) {
  const reader = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    reader.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`simulator exited (${code})`)));
  });
  const info = JSON.parse(first) as { baseUrl: string; origin: string; site: { siteId: string; apiKey: string; apiSecret: string }; pid: number };
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${info.origin}/_sim${path}`, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`simulator control ${method} ${path}: ${res.status}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  return {
    ...info,
    clearFaults: () => control<void>("DELETE", "/faults"),
    injectFault: (fault: ExivoFault) => control<void>("POST", "/faults", fault),
    visitCount: async () => (await control<{ visits: unknown[] }>("GET", "/visits")).visits.length,
    visitListRequests: async () =>
      (await control<{ method: string; pathname: string }[]>("GET", "/requests")).filter((r) => r.method === "GET" && /\/visit$/.test(r.pathname)).length,
    close: () => {
      child.stdin!.end();
      return new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/**
 * When each grant became active or failed: the commit of that change, as the database announces it to a
 * listener (a trigger in this throw-away database, not part of Keyslot). The same moment as the booking's
 * "commit", which is createBooking resolving after its COMMIT: both are seen by this process once its
 * event loop gets to them.
 */
const settledAt = new Map<string, { perf: number; wall: number }>();
const settledWaiters = new Map<string, () => void>();
await db.execute(sql`
  create function bench_grant_settled() returns trigger language plpgsql as $$
  begin
    perform pg_notify('bench_grant_settled', new.booking_id || ':' || new.status);
    return new;
  end $$`);
await db.execute(sql`
  create trigger bench_grant_settled after update of status on access_grants for each row
  when (new.status in ('active', 'failed') and new.status is distinct from old.status) execute function bench_grant_settled()`);
await database.listen!("bench_grant_settled", (payload) => {
  const [bookingId, status] = payload.split(":") as [string, string];
  if (status === "failed") {
    console.error(`grant of booking ${bookingId} failed`);
    process.exit(2);
  }
  if (settledAt.has(bookingId)) return;
  settledAt.set(bookingId, { perf: performance.now(), wall: Date.now() });
  settledWaiters.get(bookingId)?.();
});
const settled = (bookingId: string) =>
  settledAt.has(bookingId) ? Promise.resolve() : new Promise<void>((resolve) => settledWaiters.set(bookingId, resolve));

/** Commit-to-active of one burst: the bookings are made concurrently, their grants' commits announced. */
async function bookingBurst(round: number, burst: number, times: BookingTimes[], bookingMs: number[]): Promise<number[]> {
  // Ten bursts a day (06:00-16:00 UTC, inside the resources' opening hours), each round its own days.
  const start = () => new Date(Date.UTC(2027, 5, 2 + round * 10 + Math.floor(burst / 10), 6 + (burst % 10), 0));
  const committedAt = new Map<string, { perf: number; wall: number }>();
  const made = resources.map(async (resource, k) => {
    const person = people[burst * BURST_SIZE + k]!;
    const called = performance.now();
    const booking = await createBooking({
      actor: { userId: person.id, orgId: org.id, role: "resident" },
      input: { resourceId: resource.id, start: start(), end: new Date(start().getTime() + 3_600_000), forSomeoneElse: false, holderPhone: null, holderEmail: null },
      now,
    });
    committedAt.set(booking.id, { perf: performance.now(), wall: Date.now() });
    bookingMs.push(committedAt.get(booking.id)!.perf - called);
    // As the booking actions do after their commit.
    wakeJobWorkers();
    return booking.id;
  });
  const ids = await Promise.all(made);
  const deadline = setTimeout(() => {
    console.error(`burst ${burst}: only ${ids.filter((id) => settledAt.has(id)).length}/${ids.length} grants active after ${BURST_TIMEOUT_MS} ms`);
    process.exit(2);
  }, BURST_TIMEOUT_MS);
  await Promise.all(ids.map(settled));
  clearTimeout(deadline);
  times.push(...ids.map((id) => ({ bookingId: id, committedAt: committedAt.get(id)!.wall, activeSeenAt: settledAt.get(id)!.wall })));
  return ids.map((id) => settledAt.get(id)!.perf - committedAt.get(id)!.perf);
}

/** The bare driver call, same burst size, same simulator (the visits made so far included). */
async function driverBurst(round: number, burst: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: BURST_SIZE }, async (_, k) => {
      const request: GrantRequest = {
        idempotencyKey: `bench-${round}-${burst}-${k}-${Date.now()}`,
        holder: { name: "Bench", phone: null, language: "en", externalId: `bench-${k}` },
        targets: [{ kind: "accessPoint", id: C.meetingRoom1 }],
        window: { start: new Date(Date.UTC(2027, 6, 1 + round, 6 + burst)), end: new Date(Date.UTC(2027, 6, 1 + round, 7 + burst)) },
        credential: { type: "pin" },
      };
      const t0 = performance.now();
      await driver.grant(request);
      return performance.now() - t0;
    }),
  );
}

/** One driver.grant on its own: its cost with the simulator's current number of visits. */
async function singleGrant(round: number, tag: string): Promise<number> {
  const t0 = performance.now();
  await driver.grant({
    idempotencyKey: `bench-single-${round}-${tag}-${Date.now()}`,
    holder: { name: "Bench", phone: null, language: "en", externalId: "bench-single" },
    targets: [{ kind: "accessPoint", id: C.meetingRoom1 }],
    window: { start: new Date(Date.UTC(2027, 7, 1 + round, 6)), end: new Date(Date.UTC(2027, 7, 1 + round, 7)) },
    credential: { type: "pin" },
  });
  return performance.now() - t0;
}

console.log(`bench-access: ${BURSTS} bursts x ${BURST_SIZE} concurrent bookings per latency, exivo simulator (own process), PostgreSQL, workers ${workerProcess ? "in their own process (npm run worker)" : "in this process"} (sync jobs: up to 50 at once)`);
const summary: string[] = [];
let failed = false;
for (const [round, latency] of LATENCIES_MS.entries()) {
  await sim.clearFaults();
  if (latency > 0) await sim.injectFault({ kind: "latency", ms: latency });
  const visitsBefore = await sim.visitCount();
  const singleBefore = await singleGrant(round, "before");
  const baseline: number[] = [];
  const commitToActive: number[] = [];
  const times: BookingTimes[] = [];
  const bookingMs: number[] = [];
  const listBefore = await sim.visitListRequests();
  const t0 = performance.now();
  const cpuBefore = cpuSnapshot(sim.pid, workerProcess?.pid);
  await profileWhile(round === 0 ? process.env.BENCH_CPU_PROFILE : undefined, async () => {
    for (let burst = 0; burst < BURSTS; burst++) commitToActive.push(...(await bookingBurst(round, burst, times, bookingMs)));
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpuLine = describeCpu(cpuBefore, cpuSnapshot(sim.pid, workerProcess?.pid), BURSTS * BURST_SIZE, "booking");
  const listPerGrant = ((await sim.visitListRequests()) - listBefore) / (BURSTS * BURST_SIZE);
  for (let burst = 0; burst < BURSTS; burst++) baseline.push(...(await driverBurst(round, burst)));
  const singleAfter = await singleGrant(round, "after");
  const visitsAfter = await sim.visitCount();
  const s = stats(commitToActive);
  const b = stats(baseline);
  console.log(`\nvendor latency ${latency} ms per request (visits at exivo ${visitsBefore} -> ${visitsAfter})`);
  console.log(`  commit -> active     ${fmt(s)}   (${(commitToActive.length / seconds).toFixed(0)} bookings/s)`);
  console.log(`    (createBooking itself, call -> commit, incl. the grant row: ${fmt(stats(bookingMs))})`);
  console.log(`    ${cpuLine}`);
  for (const [label, values] of await measureStages(db, times, vendorDoneAt)) {
    if (values.length > 0) console.log(`    ${label.padEnd(36)} ${fmt(stats(values))}`);
  }
  console.log(`  driver.grant burst   ${fmt(b)}   (baseline: same burst size, no Keyslot around it)`);
  console.log(`  overhead over baseline: p50 +${(s.p50 - b.p50).toFixed(0)} ms, p95 +${(s.p95 - b.p95).toFixed(0)} ms`);
  console.log(`  overhead over the vendor latency alone: p50 +${(s.p50 - latency).toFixed(0)} ms, p95 +${(s.p95 - latency).toFixed(0)} ms`);
  console.log(
    `  single driver.grant: ${singleBefore.toFixed(0)} ms with ${visitsBefore} visits, ${singleAfter.toFixed(0)} ms with ${visitsAfter - 1} visits; ` +
      `GET /visit pages per grant during the bookings: ${listPerGrant.toFixed(1)} (exivo lists every visit, 100 a page, before each create)`,
  );
  summary.push(`latency ${latency} ms: commit->active p95 ${s.p95.toFixed(0)} ms`);
  if (latency === 0 && s.p95 >= 500) failed = true;
}
console.log(`\n${summary.join("; ")}; target: p95 < 500 ms at 0 ms latency -> ${failed ? "MISSED" : "met"}`);

const [{ n } = { n: -1 }] = (await db.execute(sql`select count(*)::int as n from access_grants where status <> 'active'`)) as unknown as { n: number }[];
if (n !== 0) console.log(`grants not active at the end: ${n}`);
// Background jobs of the bookings (confirmation e-mails) may still be running; their queries after the
// database is closed are expected and not a result of the benchmark.
let shuttingDown = true;
process.on("uncaughtException", (error) => {
  if (shuttingDown && (error as { code?: string }).code === "CONNECTION_ENDED") return;
  console.error(error);
  process.exit(1);
});
stopWorkers();
await stopBoss();
await closeIntegrationDrivers();
await sim.close();
await database.close();
clearTimeout(hardStop);
process.exit(failed ? 1 : 0);

// `npx tsx scripts/bench-booking.ts`: 200 concurrent booking attempts over 20 resources with many collisions,
// through the real booking service on PostgreSQL, against the bare INSERT with the same exclusion constraint.
// Uses a throw-away database on BENCH_DATABASE_URL (default: this machine's postgres://postgres@127.0.0.1:5432).
import { sql } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase } from "@/db/testing";
import { createOrganization, createResource, createSite, createUser } from "@/db/factories";
import { bookings } from "@/db/schema";
import { formatTimeRange } from "@/db/schema/columns";
import { createBooking } from "@/lib/bookings/service";
import { getBoss, stopBoss } from "@/lib/jobs/boss";

const ATTEMPTS = 200;
const RESOURCES = 20;
const SLOTS_PER_RESOURCE = 3; // 10 attempts per resource over 3 overlapping slots: most attempts collide
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const database = await createTestDatabase();
useDatabaseHandle(database);
await getBoss();
const { db } = database;
const now = new Date("2027-06-01T06:00:00Z");
const org = await createOrganization(db);
const site = await createSite(db, org.id);
const resources = await Promise.all(Array.from({ length: RESOURCES }, () => createResource(db, org.id, site.id)));
const people = await Promise.all(Array.from({ length: ATTEMPTS }, () => createUser(db, org.id)));

// Slot k of a resource: 10:00 + 30 min * k, one hour long, so neighbouring slots overlap.
const period = (k: number) => ({ start: new Date(Date.UTC(2027, 5, 2, 8, 30 * k)), end: new Date(Date.UTC(2027, 5, 2, 9, 30 * k)) });
const plan = Array.from({ length: ATTEMPTS }, (_, i) => ({ resource: resources[i % RESOURCES]!, k: i % SLOTS_PER_RESOURCE, person: people[i]! }));

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(label: string, attempt: (entry: (typeof plan)[number]) => Promise<unknown>) {
  await db.execute(sql`delete from bookings`);
  const latencies: number[] = [];
  let ok = 0;
  const started = performance.now();
  await Promise.all(
    plan.map(async (entry) => {
      const t0 = performance.now();
      const success = await attempt(entry).then(() => true, () => false);
      latencies.push(performance.now() - t0);
      if (success) ok += 1;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const [overlaps] = (await db.execute(sql`
    select count(*)::int as n from bookings a join bookings b
      on a.resource_id = b.resource_id and a.id < b.id and a.blocked_period && b.blocked_period
     where a.status in ('pending','confirmed') and b.status in ('pending','confirmed')`)) as unknown as { n: number }[];
  const rate = ATTEMPTS / seconds;
  console.log(
    `${label.padEnd(22)} attempts ${ATTEMPTS}  booked ${String(ok).padStart(3)}  attempts/s ${rate.toFixed(0).padStart(5)}  ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms  overlaps ${overlaps?.n ?? "?"}`,
  );
  return { rate, overlaps: overlaps?.n ?? -1 };
}

const baseline = await run("bare INSERT (baseline)", ({ resource, k }) =>
  db.execute(sql`insert into bookings (org_id, resource_id, holder_name, period, blocked_period, status)
    values (${org.id}, ${resource.id}, 'bench', ${formatTimeRange(period(k))}::tstzrange, ${formatTimeRange(period(k))}::tstzrange, 'confirmed')`),
);
const service = await run("booking service", ({ resource, k, person }) =>
  createBooking({
    actor: { userId: person.id, orgId: org.id, role: "resident" },
    input: { resourceId: resource.id, ...period(k), forSomeoneElse: false, holderPhone: null, holderEmail: null },
    now,
  }),
);
console.log(`service / baseline throughput ratio: ${(service.rate / baseline.rate).toFixed(2)}`);
await db.execute(sql`select count(*) from ${bookings}`);
await stopBoss();
await database.close();
if (service.overlaps !== 0 || baseline.overlaps !== 0) {
  console.error("OVERLAPS FOUND");
  process.exit(1);
}

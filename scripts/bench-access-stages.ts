// Where the commit-to-active time of scripts/bench-access.ts goes, per booking, from wall-clock timestamps:
// the benchmark's own (commit, vendor call done, the commit of active announced) and the database's (pg-boss's started_on of
// each job, a transaction's now() for audit events; same machine, same clock).
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import type { LockDriver } from "@/lib/locks/types";

export type BookingTimes = { bookingId: string; committedAt: number; activeSeenAt: number };

// The grant row and its sync job are written in the booking's own transaction (booking-change.ts), so the
// chain starts at the commit (no booking event job: the booking's transaction settled its access).
export const STAGES = [
  ["commit -> sync job fetched", "committed", "syncFetched"],
  ["sync job fetched -> claimed", "syncFetched", "claimed"],
  ["claimed -> vendor call done", "claimed", "vendorDone"],
  ["vendor call done -> active", "vendorDone", "active"],
  ["active -> its commit announced", "active", "seen"],
] as const;

type Point = (typeof STAGES)[number][1 | 2];

/** Records when each engine grant call (idempotency key keyslot-grant:<grant id>) returned. */
export function timeVendorCalls(driver: LockDriver): Map<string, number> {
  const doneAt = new Map<string, number>();
  const grant = driver.grant.bind(driver);
  driver.grant = async (request) => {
    const result = await grant(request);
    const grantId = /^keyslot-grant:(.+)$/.exec(request.idempotencyKey)?.[1];
    if (grantId && !doneAt.has(grantId)) doneAt.set(grantId, Date.now());
    return result;
  };
  return doneAt;
}

/** Per stage the durations (ms) of every booking that has both ends. */
export async function measureStages(db: Database, times: BookingTimes[], vendorDoneAt: Map<string, number>): Promise<Map<string, number[]>> {
  const ids = sql.join(times.map((t) => sql`${t.bookingId}::uuid`), sql`, `);
  const rows = (await db.execute(sql`
    select g.booking_id::text as "bookingId", g.id::text as "grantId",
           extract(epoch from sj.started_on) * 1000 as "syncFetched",
           extract(epoch from p.created_at) * 1000 as "claimed",
           extract(epoch from a.created_at) * 1000 as "active"
      from access_grants g
      left join lateral (select min(started_on) as started_on from pgboss.job
                          where name = 'access.sync' and data->>'grantId' = g.id::text) sj on true
      left join lateral (select min(created_at) as created_at from audit_events
                          where entity_id = g.id::text and action = 'access.in_progress') p on true
      left join lateral (select min(created_at) as created_at from audit_events
                          where entity_id = g.id::text and action = 'access.active') a on true
     where g.booking_id in (${ids})`)) as unknown as ({ bookingId: string; grantId: string } & Record<string, string | null>)[];
  const byBooking = new Map(times.map((t) => [t.bookingId, t]));
  const result = new Map<string, number[]>(STAGES.map(([label]) => [label, []]));
  for (const row of rows) {
    const t = byBooking.get(row.bookingId)!;
    const at: Partial<Record<Point, number>> = { committed: t.committedAt, seen: t.activeSeenAt, vendorDone: vendorDoneAt.get(row.grantId) };
    for (const key of ["syncFetched", "claimed", "active"] as const) if (row[key] !== null) at[key] = Number(row[key]);
    for (const [label, from, to] of STAGES) {
      if (at[from] !== undefined && at[to] !== undefined) result.get(label)!.push(at[to]! - at[from]!);
    }
  }
  return result;
}

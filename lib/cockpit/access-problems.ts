import { sql, type SQL } from "drizzle-orm";

// "Access problems" of a booking, as the cockpit flags them: a grant that failed (and whose window is not
// over), a removal the lock system has not confirmed after an attempt (removal_pending with an error), or an
// open start-time alert (start-alerts.ts; open as in listAccessAlerts: not usable yet, booking confirmed).
// Written out in SQL (the outer query must select from "bookings" unaliased): drizzle would leave columns
// unqualified in some selects.

export function hasAccessProblem(): SQL<boolean> {
  return sql<boolean>`exists (
    select 1 from access_grants g
    where g.booking_id = "bookings"."id" and g.org_id = "bookings"."org_id" and (
      (g.status = 'failed' and upper(g."window") > now())
      or (g.status = 'removal_pending' and g.last_error is not null)
      or (g.start_alerted_at is not null and g.status in ('requested', 'in_progress', 'failed') and "bookings"."status" = 'confirmed')
    )
  )`;
}

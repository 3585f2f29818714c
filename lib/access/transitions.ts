import { and, eq, is, sql, SQL } from "drizzle-orm";
import { compiledQuery } from "@/db/compiled-query";
import type { DbOrTx } from "@/db";
import { accessGrants } from "@/db/schema";
import type { Grant, GrantPatch, GrantStatus } from "./grant-store";

// The grant lifecycle. A status changes only along these edges, and every change writes its audit event
// (`access.<status>`) in the same transaction, so the audit log is the grant's complete history.
//
//   requested -> in_progress -> (activation_pending) -> active -> removal_pending -> removed
//   plus failed (gave up, with the reason) and expired (the window is over).

const TRANSITIONS: Record<GrantStatus, readonly GrantStatus[]> = {
  requested: ["in_progress", "removed"],
  // removal_pending: the booking went away while the lock system was being asked.
  in_progress: ["activation_pending", "active", "removal_pending", "failed", "expired"],
  // in_progress again: the window is being changed in place (Xesar), or the lock system lost the grant.
  activation_pending: ["active", "in_progress", "removal_pending", "failed", "expired"],
  active: ["activation_pending", "in_progress", "removal_pending", "failed", "expired"],
  // Only the lock system's confirmation ends a removal: no way from here to failed or back.
  removal_pending: ["removed"],
  // removal_pending: whatever a failed attempt may have left at the vendor is looked up and revoked.
  failed: ["in_progress", "removal_pending", "removed", "expired"],
  removed: [],
  expired: [],
};

export function canTransition(from: GrantStatus, to: GrantStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinalStatus(status: GrantStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export class GrantTransitionError extends Error {}

type TransitionOptions = {
  patch?: GrantPatch;
  /** Goes into the audit event: never a PIN, a token or anything else secret. */
  data?: Record<string, unknown>;
  actorUserId?: string | null;
};

/**
 * Moves a grant to `to`. The caller holds the row lock (lockGrant); the status in the WHERE clause still
 * guards against a caller that read the row without it.
 */
export async function transitionGrant(tx: DbOrTx, grant: Grant, to: GrantStatus, options: TransitionOptions = {}): Promise<Grant> {
  const from = grant.status;
  if (!canTransition(from, to)) throw new GrantTransitionError(`access grant ${grant.id}: ${from} -> ${to} is not allowed`);
  // As drizzle's set(): an undefined value leaves its column alone.
  const patch = Object.fromEntries(Object.entries(options.patch ?? {}).filter(([, value]) => value !== undefined)) as GrantPatch;
  const values = { grantId: grant.id, from, to, actorUserId: options.actorUserId ?? null, action: `access.${to}`, data: JSON.stringify(options.data ?? {}) };
  // A patch of plain values (the usual case) has a compiled statement per set of columns; one with SQL in
  // it (a time from the database's clock) is built for this call.
  const [row] = Object.values(patch).some((value) => is(value, SQL))
    ? await transitionStatement(tx, values, patch)
    : await compiledTransition(Object.keys(patch).sort())(tx, { ...values, ...prefixed(patch) });
  if (!row) throw new GrantTransitionError(`access grant ${grant.id} is no longer ${from}`);
  return row;
}

type TransitionValues = Record<"grantId" | "from" | "to" | "actorUserId" | "action" | "data", unknown>;

/** The change and its audit event in one statement: one round trip for every step of every grant. */
function transitionStatement(db: DbOrTx, p: TransitionValues, patch: GrantPatch) {
  const updated = db.$with("updated").as(
    db
      .update(accessGrants)
      .set({ ...patch, status: p.to as GrantStatus })
      .where(and(eq(accessGrants.id, p.grantId as string), eq(accessGrants.status, p.from as GrantStatus)))
      .returning(),
  );
  const audit = db.$with("audit", {}).as(sql`
    insert into audit_events (org_id, actor_user_id, action, entity_type, entity_id, data)
    select org_id, ${p.actorUserId}::uuid, ${p.action}::text, 'access_grant', id::text,
           jsonb_build_object('from', ${p.from}::text, 'bookingId', booking_id, 'attempts', attempts)
           || case when coalesce(last_error, '') <> '' then jsonb_build_object('error', last_error) else '{}'::jsonb end
           || ${p.data}::jsonb
      from updated`);
  return db.with(updated, audit).select().from(updated);
}

const compiledTransitions = new Map<string, (db: DbOrTx, values: Record<string, unknown>) => Promise<Grant[]>>();

function compiledTransition(columns: string[]) {
  const key = columns.join(",");
  let statement = compiledTransitions.get(key);
  if (!statement) {
    const names = ["grantId", "from", "to", "actorUserId", "action", "data", ...columns.map((column) => `set_${column}`)];
    statement = compiledQuery(`transition_grant:${key}`, names, (db, p) =>
      transitionStatement(db, p as TransitionValues, Object.fromEntries(columns.map((column) => [column, p[`set_${column}`]])) as GrantPatch),
    );
    compiledTransitions.set(key, statement);
  }
  return statement;
}

function prefixed(patch: GrantPatch): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).map(([column, value]) => [`set_${column}`, value]));
}

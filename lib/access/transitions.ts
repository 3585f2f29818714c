import { and, eq, sql } from "drizzle-orm";
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
  // The change and its audit event in one statement: one round trip for every step of every grant.
  const updated = tx.$with("updated").as(
    tx
      .update(accessGrants)
      .set({ ...options.patch, status: to })
      .where(and(eq(accessGrants.id, grant.id), eq(accessGrants.status, from)))
      .returning(),
  );
  const audit = tx.$with("audit", {}).as(sql`
    insert into audit_events (org_id, actor_user_id, action, entity_type, entity_id, data)
    select org_id, ${options.actorUserId ?? null}::uuid, ${`access.${to}`}, 'access_grant', id::text,
           jsonb_build_object('from', ${from}::text, 'bookingId', booking_id, 'attempts', attempts)
           || case when coalesce(last_error, '') <> '' then jsonb_build_object('error', last_error) else '{}'::jsonb end
           || ${JSON.stringify(options.data ?? {})}::jsonb
      from updated`);
  const [row] = await tx.with(updated, audit).select().from(updated);
  if (!row) throw new GrantTransitionError(`access grant ${grant.id} is no longer ${from}`);
  return row;
}

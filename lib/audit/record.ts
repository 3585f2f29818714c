import { getDb, type DbOrTx } from "@/db";
import { compiledQuery } from "@/db/compiled-query";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  orgId: string | null;
  actorUserId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  /** Never put secrets, PINs or tokens here. */
  data?: Record<string, unknown>;
};

/** Writes an audit event; pass the transaction when the event belongs to a change. */
export async function recordAudit(input: AuditInput, tx?: DbOrTx): Promise<void> {
  const db = tx ?? (await getDb());
  const { orgId, actorUserId, action, entityType = null, entityId = null, data = {} } = input;
  await insertAuditEvent(db, { orgId, actorUserId, action, entityType, entityId, data });
}

// Every booking change and every grant step writes one: built once (db/compiled-query.ts).
const insertAuditEvent = compiledQuery("insert_audit_event", ["orgId", "actorUserId", "action", "entityType", "entityId", "data"], (db, p) =>
  db.insert(auditEvents).values({ orgId: p.orgId, actorUserId: p.actorUserId, action: p.action, entityType: p.entityType, entityId: p.entityId, data: p.data }),
);

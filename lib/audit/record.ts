import { getDb, type DbOrTx } from "@/db";
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
  await db.insert(auditEvents).values({ ...input, data: input.data ?? {} });
}

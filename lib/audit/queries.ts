import { and, count, desc, eq, isNull, like, sql, type SQL } from "drizzle-orm";
import { DateTime } from "luxon";
import { getDb } from "@/db";
import { accessGrants, auditEvents, memberships, users } from "@/db/schema";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./filters";

// The organisation's audit log for the cockpit, scoped by organisation in every query. The event data is
// read, but only summarizeAuditData (filters.ts) decides what of it reaches the page.

type ListOptions = { orgId: string; filters?: AuditFilters; timeZone?: string; limit?: number };

export async function listAuditEvents({ orgId, filters = {}, timeZone = "UTC", limit = AUDIT_PAGE_SIZE }: ListOptions) {
  const db = await getDb();
  const where = and(eq(auditEvents.orgId, orgId), ...filterConditions(filters, timeZone));
  const page = filters.page ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        data: auditEvents.data,
        createdAt: auditEvents.createdAt,
        actorUserId: auditEvents.actorUserId,
        actorName: users.name,
        actorEmail: users.email,
        // The booking an access event belongs to, for a link to its detail.
        grantBookingId: accessGrants.bookingId,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .leftJoin(
        accessGrants,
        and(eq(auditEvents.entityType, "access_grant"), sql`${accessGrants.id}::text = ${auditEvents.entityId}`, eq(accessGrants.orgId, orgId)),
      )
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(limit)
      .offset((page - 1) * limit),
    db.select({ value: count() }).from(auditEvents).where(where),
  ]);
  return { events: rows, total: total?.value ?? 0, page, pageSize: limit };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

function filterConditions(filters: AuditFilters, timeZone: string): (SQL | undefined)[] {
  const from = filters.from ? DateTime.fromISO(filters.from, { zone: timeZone }).startOf("day") : null;
  const to = filters.to ? DateTime.fromISO(filters.to, { zone: timeZone }).plus({ days: 1 }).startOf("day") : null;
  return [
    filters.action ? like(auditEvents.action, `${filters.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    filters.actor === "system" ? isNull(auditEvents.actorUserId) : filters.actor ? eq(auditEvents.actorUserId, filters.actor) : undefined,
    filters.entity ? eq(auditEvents.entityType, filters.entity) : undefined,
    filters.entityId ? eq(auditEvents.entityId, filters.entityId) : undefined,
    from?.isValid ? sql`${auditEvents.createdAt} >= ${from.toUTC().toISO()}::timestamptz` : undefined,
    to?.isValid ? sql`${auditEvents.createdAt} < ${to.toUTC().toISO()}::timestamptz` : undefined,
  ];
}

/** The actor filter's choices: the organisation's members. */
export async function listAuditActors({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(users.email);
}

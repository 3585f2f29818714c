import { and, asc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, auditEvents, bookings, doors, lockIntegrations, notifications, resources, sites, users } from "@/db/schema";
import { maskPhone } from "@/lib/access/planned-access";

// The cockpit's booking detail: the booking, its accesses and their deliveries, and its audit trail. All
// scoped by the admin's organisation; nothing secret is read into these rows (no PIN, no token, no message
// text): the page only learns whether a PIN or a live link exists, and fetches them on an audited click.

export async function getCockpitBooking({ orgId, bookingId }: { orgId: string; bookingId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      booking: bookings,
      resource: { id: resources.id, name: resources.name },
      site: { id: sites.id, name: sites.name, timeZone: sites.timeZone },
      booker: { id: users.id, name: users.name, email: users.email, phone: users.phone },
    })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(users, eq(users.id, bookings.bookerId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.orgId, orgId)));
  return row ?? null;
}

export type CockpitBooking = NonNullable<Awaited<ReturnType<typeof getCockpitBooking>>>;

export async function listBookingAccesses({ orgId, bookingId }: { orgId: string; bookingId: string }) {
  const db = await getDb();
  const grants = await db
    .select({
      id: accessGrants.id,
      status: accessGrants.status,
      credentialType: accessGrants.credentialType,
      window: accessGrants.window,
      doorIds: accessGrants.doorIds,
      attempts: accessGrants.attempts,
      lastError: accessGrants.lastError,
      nextAttemptAt: accessGrants.nextAttemptAt,
      activatedAt: accessGrants.activatedAt,
      removedAt: accessGrants.removedAt,
      startAlertedAt: accessGrants.startAlertedAt,
      createdAt: accessGrants.createdAt,
      vendor: lockIntegrations.vendor,
      integrationName: lockIntegrations.name,
      hasPin: sql<boolean>`${accessGrants.pinEncrypted} is not null`,
      hasKeyLink: sql<boolean>`${accessGrants.keyTokenHash} is not null`,
      hasVendorRefs: sql<boolean>`${accessGrants.vendorRefs} <> '{}'::jsonb`,
    })
    .from(accessGrants)
    .innerJoin(lockIntegrations, eq(lockIntegrations.id, accessGrants.integrationId))
    .where(and(eq(accessGrants.bookingId, bookingId), eq(accessGrants.orgId, orgId)))
    .orderBy(asc(accessGrants.createdAt), asc(accessGrants.id));
  const doorIds = [...new Set(grants.flatMap((grant) => grant.doorIds))];
  const doorRows = doorIds.length
    ? await db.select({ id: doors.id, name: doors.name }).from(doors).where(and(inArray(doors.id, doorIds), eq(doors.orgId, orgId)))
    : [];
  const names = new Map(doorRows.map((door) => [door.id, door.name]));
  const deliveries = await listGrantDeliveries({ orgId, grantIds: grants.map((grant) => grant.id) });
  return grants.map(({ doorIds: ids, ...grant }) => ({
    ...grant,
    doorNames: ids.map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b)),
    deliveries: deliveries.filter((delivery) => delivery.grantId === grant.id),
  }));
}

export type BookingAccess = Awaited<ReturnType<typeof listBookingAccesses>>[number];

/** The key messages of the grants (dedupeKey access.key:<grant>:<channel>), recipients masked. */
async function listGrantDeliveries({ orgId, grantIds }: { orgId: string; grantIds: string[] }) {
  if (grantIds.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: notifications.id,
      dedupeKey: notifications.dedupeKey,
      channel: notifications.channel,
      recipient: notifications.recipient,
      status: notifications.status,
      attempts: notifications.attempts,
      sentAt: notifications.sentAt,
      createdAt: notifications.createdAt,
      updatedAt: notifications.updatedAt,
    })
    .from(notifications)
    .where(and(eq(notifications.orgId, orgId), inArray(notifications.dedupeKey, grantIds.flatMap((id) => [`access.key:${id}:email`, `access.key:${id}:sms`]))))
    .orderBy(asc(notifications.createdAt));
  return rows.map(({ dedupeKey, recipient, ...row }) => ({
    ...row,
    grantId: dedupeKey!.split(":")[1]!,
    recipient: row.channel === "sms" ? maskPhone(recipient) : maskEmail(recipient),
  }));
}

/** "anna.muster@example.com" -> "a***@example.com": enough to recognise, not enough to copy. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

/** The booking's own events and those of its grants, oldest first, with who did it. */
export async function listBookingAuditTrail({ orgId, bookingId, grantIds }: { orgId: string; bookingId: string; grantIds: string[] }) {
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      data: auditEvents.data,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        isNotNull(auditEvents.entityId),
        or(
          and(eq(auditEvents.entityType, "booking"), eq(auditEvents.entityId, bookingId)),
          grantIds.length ? and(eq(auditEvents.entityType, "access_grant"), inArray(auditEvents.entityId, grantIds)) : undefined,
        ),
      ),
    )
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));
}

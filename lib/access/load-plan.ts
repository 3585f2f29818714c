import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accessRules, bookings, doors, lockIntegrations, resources, siteAlwaysOpenDoors, sites, users } from "@/db/schema";
import { parseTargets, planBookingAccess, type AccessPlan, type PlanRule } from "./plan";

export type Booking = typeof bookings.$inferSelect;

export type BookingAccess = {
  booking: Booking;
  /** The language of the person who booked: the lock system's own messages (Xesar SMS) use it. */
  locale: "de" | "en";
  plan: AccessPlan | null;
};

/** The booking (of this organisation) and the access it should have right now; null when there is no such booking. */
export async function loadBookingAccess(db: DbOrTx, { orgId, bookingId }: { orgId: string; bookingId: string }): Promise<BookingAccess | null> {
  const [row] = await db
    .select({ booking: bookings, resource: resources, siteIntegrationId: sites.integrationId, locale: users.locale })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(users, eq(users.id, bookings.bookerId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.orgId, orgId)));
  if (!row) return null;
  const { booking, resource } = row;
  const plan = await planResourceAccess(db, { orgId, resource, siteIntegrationId: row.siteIntegrationId, period: booking.period });
  return { booking, locale: row.locale ?? "en", plan };
}

type PlannedResource = Pick<typeof resources.$inferSelect, "id" | "siteId" | "accessIdentifier">;

/**
 * The access a booking of `resource` for `period` gets: the rows behind planBookingAccess. Also the booking
 * form's preview of the doors ("this booking will open"), before any booking exists.
 */
export async function planResourceAccess(
  db: DbOrTx,
  { orgId, resource, siteIntegrationId, period }: { orgId: string; resource: PlannedResource; siteIntegrationId: string | null; period: AccessPlan["window"] },
): Promise<AccessPlan | null> {
  const rule = await loadBookingRule(db, orgId, resource.id);
  const { integration, alwaysOpenDoors, integrationDoors } = await loadPlanDoors(db, {
    orgId,
    integrationId: rule?.integrationId ?? siteIntegrationId,
    siteId: resource.siteId,
    identifiers: [resource.accessIdentifier, rule?.accessIdentifier ?? null],
  });
  return planBookingAccess({
    period,
    integration,
    resourceIdentifier: resource.accessIdentifier,
    rule,
    alwaysOpenDoors,
    integrationDoors,
  });
}

export type PlanDoor = { id: string; vendorId: string; kind: (typeof doors.$inferSelect)["kind"]; integrationId: string; name: string };

/**
 * The rows every access plan is made from: the lock system (the rule's, else the site's), the site's
 * always-open doors, and the synced doors of that lock system that the identifiers name.
 */
export async function loadPlanDoors(
  db: DbOrTx,
  { orgId, integrationId, siteId, identifiers }: { orgId: string; integrationId: string | null; siteId: string | null; identifiers: (string | null)[] },
): Promise<{ integration: { id: string; vendor: (typeof lockIntegrations.$inferSelect)["vendor"] } | null; alwaysOpenDoors: PlanDoor[]; integrationDoors: PlanDoor[] }> {
  const door = { id: doors.id, vendorId: doors.vendorId, kind: doors.kind, integrationId: doors.integrationId, name: doors.name };
  const [integration] = integrationId
    ? await db
        .select({ id: lockIntegrations.id, vendor: lockIntegrations.vendor })
        .from(lockIntegrations)
        .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)))
    : [];
  const alwaysOpenDoors = siteId
    ? await db.select(door).from(siteAlwaysOpenDoors).innerJoin(doors, eq(doors.id, siteAlwaysOpenDoors.doorId)).where(eq(siteAlwaysOpenDoors.siteId, siteId))
    : [];
  const named = identifiers.flatMap((identifier) => parseTargets(identifier)).map((target) => target.id);
  const integrationDoors =
    integration && named.length > 0
      ? await db.select(door).from(doors).where(and(eq(doors.integrationId, integration.id), eq(doors.orgId, orgId), inArray(doors.vendorId, named)))
      : [];
  return { integration: integration ?? null, alwaysOpenDoors, integrationDoors };
}

// One "access through booking" rule per resource is what the cockpit offers; should there be more, the
// oldest one counts, so the plan does not change when another is added.
export async function loadBookingRule(db: DbOrTx, orgId: string, resourceId: string): Promise<(PlanRule & { integrationId: string | null }) | null> {
  const [rule] = await db
    .select({
      id: accessRules.id,
      bufferBeforeMinutes: accessRules.bufferBeforeMinutes,
      bufferAfterMinutes: accessRules.bufferAfterMinutes,
      credentialType: accessRules.credentialType,
      accessIdentifier: accessRules.accessIdentifier,
      integrationId: accessRules.integrationId,
    })
    .from(accessRules)
    .where(and(eq(accessRules.orgId, orgId), eq(accessRules.kind, "booking"), eq(accessRules.resourceId, resourceId)))
    .orderBy(asc(accessRules.createdAt))
    .limit(1);
  return rule ?? null;
}

import { and, asc, eq, inArray, or, sql, type Placeholder } from "drizzle-orm";
import { compiledQuery } from "@/db/compiled-query";
import type { DbOrTx } from "@/db";
import { accessRules, bookings, doors, lockIntegrations, resources, siteAlwaysOpenDoors, sites, users } from "@/db/schema";
import { parseTargets, planBookingAccess, type AccessPlan, type PlanRule } from "./plan";

// The rows behind an access plan. Every sync attempt and every booking change reads them, so they come in
// two queries (the booking with its resource, rule and lock system; then the doors), not one per table.

export type Booking = typeof bookings.$inferSelect;

export type BookingAccess = {
  booking: Booking;
  /** The language of the person who booked: the lock system's own messages (Xesar SMS) use it. */
  locale: "de" | "en";
  plan: AccessPlan | null;
  /** The plan's lock system's last change (updated_at, ms): a driver opened since then is still right. */
  integrationStamp: number | null;
};

type Integration = { id: string; vendor: (typeof lockIntegrations.$inferSelect)["vendor"] };
type BookingRule = PlanRule & { integrationId: string | null };

/**
 * The booking (of this organisation) and the access it should have right now; null when there is no such
 * booking. `lock`: the booking row is locked for the caller's transaction (lockBooking's lock, same query).
 */
export async function loadBookingAccess(db: DbOrTx, { orgId, bookingId, lock = false }: { orgId: string; bookingId: string; lock?: boolean }): Promise<BookingAccess | null> {
  const [row] = await (lock ? selectBookingAccessForUpdate : selectBookingAccess)(db, { orgId, bookingId });
  if (!row) return null;
  const { booking, resource } = row;
  const bookingRule = row.rule?.id ? (row.rule as BookingRule) : null;
  const integration = row.integration?.id ? { id: row.integration.id, vendor: row.integration.vendor } : null;
  const { alwaysOpenDoors, integrationDoors } = await loadDoors(db, { orgId, integration, siteId: resource.siteId, identifiers: [resource.accessIdentifier, bookingRule?.accessIdentifier ?? null] });
  const plan = planBookingAccess({ period: booking.period, integration, resourceIdentifier: resource.accessIdentifier, rule: bookingRule, alwaysOpenDoors, integrationDoors });
  return { booking, locale: row.locale ?? "en", plan, integrationStamp: integration ? row.integration!.updatedAt.getTime() : null };
}

function bookingAccessQuery(db: DbOrTx, p: Record<"orgId" | "bookingId", Placeholder>) {
  const rule = oldestBookingRule(db, p.orgId, resources.id);
  return db
    .select({
      booking: bookings,
      resource: { id: resources.id, siteId: resources.siteId, accessIdentifier: resources.accessIdentifier },
      locale: users.locale,
      rule: {
        id: rule.id,
        bufferBeforeMinutes: rule.bufferBeforeMinutes,
        bufferAfterMinutes: rule.bufferAfterMinutes,
        credentialType: rule.credentialType,
        accessIdentifier: rule.accessIdentifier,
        integrationId: rule.integrationId,
      },
      integration: { id: lockIntegrations.id, vendor: lockIntegrations.vendor, updatedAt: lockIntegrations.updatedAt },
    })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .leftJoin(users, eq(users.id, bookings.bookerId))
    .leftJoinLateral(rule, sql`true`)
    .leftJoin(lockIntegrations, and(eq(lockIntegrations.id, sql`coalesce(${rule.integrationId}, ${sites.integrationId})`), eq(lockIntegrations.orgId, p.orgId)))
    .where(and(eq(bookings.id, p.bookingId), eq(bookings.orgId, p.orgId)));
}

const selectBookingAccess = compiledQuery("booking_access", ["orgId", "bookingId"], bookingAccessQuery);
const selectBookingAccessForUpdate = compiledQuery("booking_access_for_update", ["orgId", "bookingId"], (db, p) => bookingAccessQuery(db, p).for("update", { of: bookings }));

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

type PlanDoors = { alwaysOpenDoors: PlanDoor[]; integrationDoors: PlanDoor[] };

/**
 * The rows every access plan is made from: the lock system (the rule's, else the site's), the site's
 * always-open doors, and the synced doors of that lock system that the identifiers name.
 */
export async function loadPlanDoors(
  db: DbOrTx,
  { orgId, integrationId, siteId, identifiers }: { orgId: string; integrationId: string | null; siteId: string | null; identifiers: (string | null)[] },
): Promise<PlanDoors & { integration: Integration | null }> {
  const [integration] = integrationId
    ? await db
        .select({ id: lockIntegrations.id, vendor: lockIntegrations.vendor })
        .from(lockIntegrations)
        .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)))
    : [];
  return { integration: integration ?? null, ...(await loadDoors(db, { orgId, integration: integration ?? null, siteId, identifiers })) };
}

/** The site's always-open doors and the lock system's doors the identifiers name, in one query. */
async function loadDoors(
  db: DbOrTx,
  { orgId, integration, siteId, identifiers }: { orgId: string; integration: Integration | null; siteId: string | null; identifiers: (string | null)[] },
): Promise<PlanDoors> {
  const named = identifiers.flatMap((identifier) => parseTargets(identifier)).map((target) => target.id);
  const namesDoors = integration !== null && named.length > 0;
  if (!siteId && !namesDoors) return { alwaysOpenDoors: [], integrationDoors: [] };
  const rows = await selectPlanDoors(db, { orgId, siteId, integrationId: namesDoors ? integration.id : null, named });
  return {
    alwaysOpenDoors: rows.filter((row) => row.alwaysOpen).map((row) => row.door),
    integrationDoors: rows.filter((row) => row.named).map((row) => row.door),
  };
}

// One shape for every plan: a null site or lock system simply matches no door.
const selectPlanDoors = compiledQuery("plan_doors", ["orgId", "siteId", "integrationId", "named"], (db, p) => {
  const alwaysOpen = inArray(doors.id, db.select({ id: siteAlwaysOpenDoors.doorId }).from(siteAlwaysOpenDoors).where(eq(siteAlwaysOpenDoors.siteId, p.siteId)));
  const named = and(eq(doors.integrationId, p.integrationId), eq(doors.orgId, p.orgId), sql`${doors.vendorId} = any(${p.named}::text[])`);
  return db
    .select({
      door: { id: doors.id, vendorId: doors.vendorId, kind: doors.kind, integrationId: doors.integrationId, name: doors.name },
      alwaysOpen: sql<boolean>`coalesce(${alwaysOpen}, false)`,
      named: sql<boolean>`coalesce(${named}, false)`,
    })
    .from(doors)
    .where(or(alwaysOpen, named));
});

// One "access through booking" rule per resource is what the cockpit offers; should there be more, the
// oldest one counts, so the plan does not change when another is added.
function oldestBookingRule(db: DbOrTx, orgId: string | Placeholder, resourceId: string | typeof resources.id) {
  return db
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
    .limit(1)
    .as("booking_rule");
}

export async function loadBookingRule(db: DbOrTx, orgId: string, resourceId: string): Promise<BookingRule | null> {
  const rule = oldestBookingRule(db, orgId, resourceId);
  const [row] = await db.select().from(rule);
  return row ?? null;
}

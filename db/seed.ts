import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Database, DbOrTx } from "./client";
import { accessRules, communities, communityMembers, memberships, organizations, resources, sites, users } from "./schema";
import { DEMO_ACCESS_POINTS } from "@/lib/locks/xesar/simulator/demo-installation";
import { DEMO_ACCOUNTS, DEMO_ORG } from "./demo-accounts";
import { WEEKDAYS, type BookingRulesInput } from "@/lib/resources/rules";

type SiteSeed = { name: string; timeZone: string; address: string; vendor: string; resources: ResourceSeed[] };
type ResourceSeed = {
  name: string;
  kind: string;
  capacity: number;
  description: string;
  requiresApproval?: boolean;
  requiresPhone?: boolean;
  rules?: BookingRulesInput;
  /** An "access through booking" rule: door access this long before / after the booking. */
  accessBuffers?: { bufferBeforeMinutes: number; bufferAfterMinutes: number };
};

const allDay = Object.fromEntries(WEEKDAYS.map((day) => [day, [{ from: "00:00", to: "24:00" }]]));

const DEMO_SITES: SiteSeed[] = [
  {
    name: "Wohnpark Nord",
    timeZone: "Europe/Vienna",
    address: "Nordstraße 12, 1210 Wien",
    vendor: "EVVA Xesar",
    resources: [
      // Xesar delivers mobile keys by SMS: these resources need the holder's mobile number.
      {
        name: "Meeting room",
        kind: "meeting_room",
        capacity: 8,
        description: "Screen, whiteboard, coffee machine.",
        requiresPhone: true,
        rules: { slotMinutes: 30, minDurationMinutes: 30, maxDurationMinutes: 240, bufferAfterMinutes: 15 },
      },
      {
        name: "Laundry",
        kind: "laundry",
        capacity: 2,
        description: "Two washing machines and a dryer.",
        requiresPhone: true,
        rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 120, maxActiveBookingsPerPerson: 2 },
      },
      {
        name: "Guest flat",
        kind: "guest_flat",
        capacity: 4,
        description: "Two bedrooms for visiting family and friends.",
        requiresApproval: true,
        requiresPhone: true,
        rules: { openingHours: allDay, slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 3 * 24 * 60, maxDaysAhead: 180 },
      },
    ],
  },
  {
    name: "Campus Zürich",
    timeZone: "Europe/Zurich",
    address: "Hardturmstrasse 100, 8005 Zürich",
    vendor: "dormakaba exivo",
    resources: [
      {
        name: "Seminar room",
        kind: "seminar_room",
        capacity: 30,
        description: "Projector and 30 seats.",
        rules: { slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 480, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 },
      },
      {
        name: "Meeting room 1",
        kind: "meeting_room",
        capacity: 6,
        description: "Quiet room on the ground floor.",
        rules: { slotMinutes: 30, minDurationMinutes: 30, maxDurationMinutes: 240 },
      },
      {
        name: "Laundry",
        kind: "laundry",
        capacity: 2,
        description: "Washing machine and dryer in the basement.",
        rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 120 },
      },
      {
        // Bookable right now: open day and night on a 15-minute grid with no lead time, and the door opens
        // 15 minutes before the booking, so the next free slot's access has already begun.
        name: "Focus room",
        kind: "meeting_room",
        capacity: 1,
        description: "A quiet desk for one, bookable at short notice.",
        rules: { openingHours: allDay, slotMinutes: 15, minDurationMinutes: 15, maxDurationMinutes: 120, minLeadMinutes: 0 },
        accessBuffers: { bufferBeforeMinutes: 15, bufferAfterMinutes: 0 },
      },
    ],
  },
];

/** Idempotent: every row is looked up by its natural key first, so running it twice changes nothing. */
export async function seedDemoData(db: Database): Promise<{ orgId: string }> {
  return db.transaction(async (tx) => {
    const orgId = await ensureOrganization(tx);
    const userIds: string[] = [];
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const userId = await ensureUser(tx, account);
      await tx.insert(memberships).values({ orgId, userId, role: account.role }).onConflictDoNothing();
      userIds.push(userId);
    }
    for (const site of DEMO_SITES) await ensureSite(tx, orgId, site);
    await ensureCommunity(tx, orgId, userIds);
    return { orgId };
  });
}

async function ensureOrganization(tx: DbOrTx): Promise<string> {
  await tx.insert(organizations).values(DEMO_ORG).onConflictDoNothing({ target: organizations.slug });
  const [org] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG.slug));
  return org!.id;
}

async function ensureUser(tx: DbOrTx, account: { email: string; password: string; name: string; phone: string }): Promise<string> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account.email));
  if (existing) return existing.id;
  const [created] = await tx
    .insert(users)
    .values({
      email: account.email,
      name: account.name,
      phone: account.phone,
      passwordHash: await hashPassword(account.password),
      emailVerified: new Date(),
    })
    .returning({ id: users.id });
  return created!.id;
}

async function ensureSite(tx: DbOrTx, orgId: string, seed: SiteSeed): Promise<void> {
  let [site] = await tx
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.name, seed.name)));
  if (!site) {
    [site] = await tx
      .insert(sites)
      .values({
        orgId,
        name: seed.name,
        timeZone: seed.timeZone,
        address: seed.address,
        accessInfo: {
          de: `Die Türen dieses Standorts werden von ${seed.vendor} gesteuert. Ihr Zugang gilt nur während Ihrer Buchung.`,
          en: `The doors at this site are run by ${seed.vendor}. Your access is valid only during your booking.`,
        },
      })
      .returning({ id: sites.id });
  }
  for (const { accessBuffers, ...resource } of seed.resources) {
    let [existing] = await tx
      .select({ id: resources.id })
      .from(resources)
      .where(and(eq(resources.siteId, site!.id), eq(resources.name, resource.name)));
    if (existing) continue;
    [existing] = await tx.insert(resources).values({ orgId, siteId: site!.id, ...resource, rules: resource.rules ?? {} }).returning({ id: resources.id });
    // The rule's integration stays open: the access engine takes the site's (connected by seed-integrations.ts).
    if (accessBuffers) await tx.insert(accessRules).values({ orgId, kind: "booking", resourceId: existing!.id, credentialType: "pin_link", ...accessBuffers });
  }
}

async function ensureCommunity(tx: DbOrTx, orgId: string, userIds: string[]): Promise<void> {
  const name = "Building A residents";
  let [community] = await tx
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.orgId, orgId), eq(communities.name, name)));
  if (!community) {
    [community] = await tx
      .insert(communities)
      .values({ orgId, name, description: "Standing access to the main entrance and the laundry." })
      .returning({ id: communities.id });
  }
  const residentId = userIds[userIds.length - 1]!;
  await tx.insert(communityMembers).values({ communityId: community!.id, userId: residentId }).onConflictDoNothing();
  await ensureCommunityRule(tx, orgId, community!.id);
}

/**
 * "Access through communities" for the demo community: the laundry of Wohnpark Nord (EVVA Xesar, so a mobile
 * key), plus the site's always-open doors. The community is placed at that site (its doors and time zone);
 * the rule names no integration and so uses the site's, which the demo connects after seeding. The access
 * engine issues the members' standing grants on the next reconciliation, or at once when a member is added.
 */
async function ensureCommunityRule(tx: DbOrTx, orgId: string, communityId: string): Promise<void> {
  const [site] = await tx
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.name, "Wohnpark Nord")));
  if (site) await tx.update(communities).set({ siteId: site.id }).where(and(eq(communities.id, communityId), isNull(communities.siteId)));
  const [rule] = await tx
    .select({ id: accessRules.id })
    .from(accessRules)
    .where(and(eq(accessRules.orgId, orgId), eq(accessRules.kind, "community"), eq(accessRules.communityId, communityId)));
  if (rule) return;
  await tx.insert(accessRules).values({
    orgId,
    kind: "community",
    communityId,
    accessIdentifier: `accessPoint:${DEMO_ACCESS_POINTS.laundry}`,
    credentialType: "mobile_key",
  });
}

/** True when the database has no organisation yet: the embedded database seeds itself then. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return rows.length === 0;
}

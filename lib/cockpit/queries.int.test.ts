import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { useTestDatabase } from "@/db/testing-hooks";
import { createBooking, createOrganization, createResource, createSite, createUser } from "@/db/factories";
import { accessGrants, auditEvents, lockIntegrations, notifications } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { listAuditEvents } from "@/lib/audit/queries";
import { parseAuditFilters } from "@/lib/audit/filters";
import { sealSecret } from "@/lib/crypto/key-ring";
import { parseBookingFilters } from "./booking-filters";
import { listCockpitBookings } from "./booking-list";
import { listBookingAccesses } from "./booking-detail";

// The cockpit's reads: the booking list's filters and sort order, the booking detail's accesses and
// deliveries, the audit log's filters and pages; always within the admin's organisation.

const state = useTestDatabase();
const vienna = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Vienna" }).toJSDate();
const period = (day: string, from: string, to: string) => ({ start: vienna(`${day}T${from}`), end: vienna(`${day}T${to}`) });

async function world() {
  const { db } = state.database;
  const org = await createOrganization(db);
  const siteA = await createSite(db, org.id, { name: "A" });
  const siteB = await createSite(db, org.id, { name: "B" });
  const room = await createResource(db, org.id, siteA.id, { name: "Alpha room" });
  const laundry = await createResource(db, org.id, siteB.id, { name: "Beta laundry" });
  const early = await createBooking(db, org.id, room.id, { period: period("2027-03-01", "10:00", "11:00"), status: "confirmed", holderName: "Early" });
  const late = await createBooking(db, org.id, laundry.id, { period: period("2027-03-05", "23:30", "23:59"), status: "pending", holderName: "Late" });
  const cancelled = await createBooking(db, org.id, room.id, { period: period("2027-03-03", "10:00", "11:00"), status: "cancelled", holderName: "Gone" });
  const [integration] = await db.insert(lockIntegrations).values({ orgId: org.id, vendor: "exivo", name: "exivo", settings: {}, credentialsEncrypted: sealSecret("{}") }).returning();
  const other = await createOrganization(db);
  const otherSite = await createSite(db, other.id);
  const otherRoom = await createResource(db, other.id, otherSite.id);
  await createBooking(db, other.id, otherRoom.id, { period: period("2027-03-01", "10:00", "11:00"), status: "confirmed" });
  return { org, siteA, siteB, room, laundry, early, late, cancelled, integration: integration! };
}

const names = (rows: { holderName: string }[]) => rows.map((row) => row.holderName);

describe("cockpit booking list", () => {
  it("filters by site, resource, status and local dates, only within the organisation, and sorts", async () => {
    const w = await world();
    const list = (params: Record<string, string>) => listCockpitBookings({ orgId: w.org.id, filters: parseBookingFilters(params), timeZone: "Europe/Vienna" });
    expect(names(await list({ sort: "start", dir: "asc" }))).toEqual(["Early", "Gone", "Late"]);
    expect(names(await list({ sort: "start", dir: "desc" }))).toEqual(["Late", "Gone", "Early"]);
    expect(names(await list({ sort: "resource", dir: "desc" }))).toEqual(["Late", "Early", "Gone"]);
    expect(names(await list({ site: w.siteB.id }))).toEqual(["Late"]);
    expect(names(await list({ resource: w.room.id, sort: "start" }))).toEqual(["Early", "Gone"]);
    expect(names(await list({ status: "cancelled" }))).toEqual(["Gone"]);
    // 23:30 local on 5 March is 22:30 UTC: still the 5th in Vienna.
    expect(names(await list({ from: "2027-03-05", to: "2027-03-05" }))).toEqual(["Late"]);
    expect(names(await list({ from: "2027-03-02", sort: "start" }))).toEqual(["Gone", "Late"]);
    expect(names(await list({ to: "2027-03-01" }))).toEqual(["Early"]);
    // Malformed values are dropped, not refused.
    expect(await list({ site: "nope", status: "weird", from: "yesterday" })).toHaveLength(3);
  });

  it("'access problems': a failed grant, an unconfirmed removal or an open start alert; not a working one", async () => {
    const w = await world();
    const { db } = state.database;
    const grant = (bookingId: string, values: Partial<typeof accessGrants.$inferInsert>) =>
      db.insert(accessGrants).values({ orgId: w.org.id, bookingId, integrationId: w.integration.id, window: period("2027-03-01", "09:45", "11:15"), credentialType: "pin_link", idempotencyKey: crypto.randomUUID(), ...values });
    const problems = () => listCockpitBookings({ orgId: w.org.id, filters: parseBookingFilters({ problems: "1" }), timeZone: "Europe/Vienna" });
    await grant(w.early.id, { status: "active" });
    expect(await problems()).toEqual([]);
    await grant(w.early.id, { status: "failed", lastError: "exivo said no" });
    expect(names(await problems())).toEqual(["Early"]);
    await grant(w.cancelled.id, { status: "removal_pending", lastError: "still there" });
    expect(names(await problems()).sort()).toEqual(["Early", "Gone"]);
    const all = await listCockpitBookings({ orgId: w.org.id, filters: {}, timeZone: "Europe/Vienna" });
    expect(all.find((row) => row.holderName === "Late")!.accessProblem).toBe(false);
    expect(all.find((row) => row.holderName === "Early")!.accessProblem).toBe(true);
  });

  it("the detail lists accesses with door names and masked deliveries, and no secret", async () => {
    const w = await world();
    const { db } = state.database;
    const [grant] = await db
      .insert(accessGrants)
      .values({ orgId: w.org.id, bookingId: w.early.id, integrationId: w.integration.id, window: period("2027-03-01", "09:45", "11:15"), credentialType: "pin_link", status: "active", pinEncrypted: sealSecret("482913"), idempotencyKey: crypto.randomUUID() })
      .returning();
    await db.insert(notifications).values([
      { orgId: w.org.id, channel: "email", kind: "access.key", dedupeKey: `access.key:${grant!.id}:email`, recipient: "anna.muster@example.com", text: "PIN 482913", status: "sent" },
      { orgId: w.org.id, channel: "sms", kind: "access.key", dedupeKey: `access.key:${grant!.id}:sms`, recipient: "+41791234512", text: "PIN 482913", status: "failed" },
    ]);
    const [access] = await listBookingAccesses({ orgId: w.org.id, bookingId: w.early.id });
    expect(access).toMatchObject({ id: grant!.id, status: "active", hasPin: true, hasKeyLink: false, vendor: "exivo" });
    expect(access!.deliveries.map((d) => [d.channel, d.recipient, d.status])).toEqual([
      ["email", "a***@example.com", "sent"],
      ["sms", "+41 79 *** ** 12", "failed"],
    ]);
    expect(JSON.stringify(access)).not.toContain("482913");
    expect(JSON.stringify(access)).not.toContain("anna.muster");
    // Another organisation sees none of it.
    const other = await createOrganization(db);
    expect(await listBookingAccesses({ orgId: other.id, bookingId: w.early.id })).toEqual([]);
  });
});

describe("cockpit audit log", () => {
  it("filters by action prefix, actor, entity and local dates, pages, and stays within the organisation", async () => {
    const w = await world();
    const { db } = state.database;
    const admin = await createUser(db, w.org.id, "admin", { name: "Ada Admin" });
    const at = (iso: string) => vienna(iso);
    const event = (action: string, createdAt: Date, actorUserId: string | null = null, entityType = "access_grant") =>
      recordAudit({ orgId: w.org.id, actorUserId, action, entityType, entityId: crypto.randomUUID() }).then(() => undefined);
    await event("access.pin_revealed", at("2027-03-01T10:00"), admin.id);
    await event("key.door_opened", at("2027-03-02T00:30"));
    await event("booking.cancelled", at("2027-03-02T12:00"), admin.id, "booking");
    await recordAudit({ orgId: null, actorUserId: null, action: "access.cleanup" });
    // recordAudit stamps now(); put the events at their times.
    for (const [action, iso] of [["access.pin_revealed", "2027-03-01T10:00"], ["key.door_opened", "2027-03-02T00:30"], ["booking.cancelled", "2027-03-02T12:00"]] as const) {
      await db.update(auditEvents).set({ createdAt: at(iso) }).where(and(eq(auditEvents.action, action), eq(auditEvents.orgId, w.org.id)));
    }
    const list = async (params: Record<string, string>, limit?: number) =>
      (await listAuditEvents({ orgId: w.org.id, filters: parseAuditFilters(params), timeZone: "Europe/Vienna", limit })).events.map((e) => e.action);
    expect(await list({})).toEqual(["booking.cancelled", "key.door_opened", "access.pin_revealed"]);
    expect(await list({ action: "key." })).toEqual(["key.door_opened"]);
    expect(await list({ actor: admin.id })).toEqual(["booking.cancelled", "access.pin_revealed"]);
    expect(await list({ actor: "system" })).toEqual(["key.door_opened"]);
    expect(await list({ entity: "booking" })).toEqual(["booking.cancelled"]);
    // 00:30 on 2 March in Vienna is still 1 March in UTC: the day is the organisation's.
    expect(await list({ from: "2027-03-02", to: "2027-03-02" })).toEqual(["booking.cancelled", "key.door_opened"]);
    expect(await list({ page: "2" }, 2)).toEqual(["access.pin_revealed"]);
    const page = await listAuditEvents({ orgId: w.org.id, filters: {}, limit: 2 });
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.events[0]).toMatchObject({ actorName: "Ada Admin" });
  });
});

import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, resources } from "@/db/schema";
import { createOrganization, createSite, createUser } from "@/db/factories";
import { createBooking } from "@/lib/bookings/service";
import { createBookingScenario, summer, useBookingTestDatabase } from "@/lib/bookings/testing/setup";
import { createResourceSchema, type ResourceFormValues } from "./schemas";
import { createResource, setResourceArchived, updateResource } from "./service";
import { createConnectedSite } from "./testing";

const state = useBookingTestDatabase();

const fields = (overrides: Partial<ResourceFormValues> = {}) =>
  createResourceSchema.parse({
    siteId: "00000000-0000-4000-8000-000000000000",
    name: "Workshop",
    kind: "workshop",
    description: "",
    capacity: 4,
    requiresApproval: false,
    requiresPhone: false,
    accessIdentifier: "",
    rules: {},
    ...overrides,
  });

async function connected() {
  const { db } = state.database;
  const org = await createOrganization(db);
  const admin = await createUser(db, org.id, "admin");
  const setup = await createConnectedSite(db, org.id);
  return { org, actor: { userId: admin.id, orgId: org.id }, ...setup };
}

async function failure(promise: Promise<unknown>) {
  return promise.then(() => expect.unreachable("expected a refusal"), (error: unknown) => error);
}

describe(`resource service on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("creates a resource with rules and a normalised identifier, and audits it", async () => {
    const s = await connected();
    const input = fields({
      siteId: s.site.id,
      accessIdentifier: " accessPoint:room-1 , zone:zone-1,accesspoint:room-1",
      rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 120, maxActiveBookingsPerPerson: 2 },
    });
    const resource = await createResource({ actor: s.actor, input });
    expect(resource).toMatchObject({ orgId: s.org.id, siteId: s.site.id, name: "Workshop", capacity: 4, description: null });
    expect(resource.accessIdentifier).toBe("accessPoint:room-1,zone:zone-1");
    expect(resource.rules).toMatchObject({ slotMinutes: 60, maxDurationMinutes: 120, maxActiveBookingsPerPerson: 2 });
    const audit = await state.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, resource.id));
    expect(audit.map((event) => event.action)).toEqual(["resource.created"]);
  });

  it.each([
    ["an unknown door", "accessPoint:nope-9", "resourceAdmin.identifier.unknownDoor", { part: "accessPoint:nope-9", id: "nope-9" }],
    ["a gateway", "accessPoint:room-1,accessPoint:gw-1", "resourceAdmin.identifier.gateway", { part: "accessPoint:gw-1", name: "Gateway" }],
    ["a zone written as an access point", "accessPoint:zone-1", "resourceAdmin.identifier.wrongKind", { part: "accessPoint:zone-1", name: "Ground floor", kind: "zone" }],
  ])("refuses %s at the identifier field, naming it", async (_what, identifier, key, values) => {
    const s = await connected();
    const error = await failure(updateResource({ actor: s.actor, input: { ...fields({ accessIdentifier: identifier }), resourceId: s.resource.id } }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { accessIdentifier: [key] }, values });
    const [stored] = await state.database.db.select().from(resources).where(eq(resources.id, s.resource.id));
    expect(stored!.accessIdentifier).toBe("accessPoint:room-1");
  });

  it.each([
    ["room-1", "resourceAdmin.identifier.noKind", { part: "room-1" }],
    ["door:room-1", "resourceAdmin.identifier.badKind", { part: "door:room-1", kind: "door" }],
    ["accessPoint:", "resourceAdmin.identifier.noId", { part: "accessPoint:" }],
    ["accessPoint:room 1", "resourceAdmin.identifier.badId", { part: "accessPoint:room 1", id: "room 1" }],
    ["accessPoint:room-1,,zone:zone-1", "resourceAdmin.identifier.emptyPart", { position: 2 }],
  ])("the shared schema refuses %s; the check names the part", async (identifier, key, values) => {
    const parsed = createResourceSchema.safeParse({ ...fields(), accessIdentifier: identifier });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join("."))).toEqual(["accessIdentifier"]);
    const { checkIdentifier } = await import("./identifier-check");
    const check = checkIdentifier(identifier, null);
    expect(check).toEqual({ ok: false, problems: [{ key, values }] });
  });

  it("a site without a lock system accepts any well-formed identifier (nothing to check it against)", async () => {
    const s = await connected();
    const site = await createSite(state.database.db, s.org.id);
    const resource = await createResource({ actor: s.actor, input: fields({ siteId: site.id, accessIdentifier: "zone:later-1" }) });
    expect(resource.accessIdentifier).toBe("zone:later-1");
  });

  it("another organisation's site or resource is not found, and nothing changes", async () => {
    const s = await connected();
    const other = await connected();
    await expect(createResource({ actor: other.actor, input: fields({ siteId: s.site.id }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateResource({ actor: other.actor, input: { ...fields({ name: "Hijacked" }), resourceId: s.resource.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setResourceArchived({ actor: other.actor, input: { resourceId: s.resource.id, archived: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [stored] = await state.database.db.select().from(resources).where(eq(resources.id, s.resource.id));
    expect(stored).toMatchObject({ name: "Meeting room", archivedAt: null });
  });

  it("an archived resource cannot be booked; unarchived it can again", async () => {
    const b = await createBookingScenario(state.database);
    const now = summer("2027-06-01T08:00");
    const input = { resourceId: b.resource.id, start: summer("2027-06-02T10:00"), end: summer("2027-06-02T11:00"), forSomeoneElse: false, holderPhone: null, holderEmail: null };
    const admin = { userId: b.admin.id, orgId: b.org.id };
    const archived = await setResourceArchived({ actor: admin, input: { resourceId: b.resource.id, archived: true } });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await expect(createBooking({ actor: b.asResident, input, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setResourceArchived({ actor: admin, input: { resourceId: b.resource.id, archived: false } });
    await expect(createBooking({ actor: b.asResident, input, now })).resolves.toMatchObject({ status: "confirmed" });
    const audit = await state.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, b.resource.id), eq(auditEvents.entityType, "resource")))
      .orderBy(auditEvents.createdAt);
    expect(audit.map((event) => event.action)).toEqual(["resource.archived", "resource.unarchived"]);
  });
});

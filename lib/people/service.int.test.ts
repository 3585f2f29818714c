import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "@/db/testing-hooks";
import { auditEvents, users } from "@/db/schema";
import { createOrganization, createUser } from "@/db/factories";
import { profileSchema } from "./schemas";
import { updateProfile } from "./service";
import { listMembers } from "./queries";

const testDb = useTestDatabase();

describe("updateProfile", () => {
  it("stores the phone in E.164, touches only the signed-in user and audits field names only", async () => {
    const { db } = testDb.database;
    const org = await createOrganization(db);
    const me = await createUser(db, org.id);
    const neighbour = await createUser(db, org.id, "resident", { name: "Neighbour" });
    const input = profileSchema.parse({ name: "Anna Muster", phone: "0664 1234567", locale: "de" });

    const saved = await updateProfile({ userId: me.id, orgId: org.id, input });

    expect(saved).toEqual({ name: "Anna Muster", phone: "+436641234567", locale: "de" });
    const [other] = await db.select().from(users).where(eq(users.id, neighbour.id));
    expect(other?.name).toBe("Neighbour");
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(event).toMatchObject({ action: "profile.updated", actorUserId: me.id, entityId: me.id });
    expect(event?.data).toEqual({ changed: ["name", "phone", "locale"] });
  });

  it("writes nothing when nothing changed", async () => {
    const { db } = testDb.database;
    const org = await createOrganization(db);
    const me = await createUser(db, org.id, "resident", { name: "Same", locale: "en" });
    await updateProfile({ userId: me.id, orgId: org.id, input: { name: "Same", phone: null, locale: "en" } });
    expect(await db.select().from(auditEvents)).toHaveLength(0);
  });
});

describe("listMembers", () => {
  it("lists only the caller's organisation", async () => {
    const { db } = testDb.database;
    const orgA = await createOrganization(db);
    const orgB = await createOrganization(db);
    const memberA = await createUser(db, orgA.id);
    await createUser(db, orgB.id);
    expect((await listMembers({ orgId: orgA.id })).map((m) => m.id)).toEqual([memberA.id]);
  });
});

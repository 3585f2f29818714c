import { afterAll, beforeAll, beforeEach } from "vitest";
import { sql } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createOrganization, createResource, createSite, createUser } from "@/db/factories";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import type { BookingRulesInput } from "@/lib/resources/rules";
import type { Actor } from "../load";

/** One database (+ pg-boss on it) per test file, emptied before each test. */
export function useBookingTestDatabase() {
  const state = { database: undefined as unknown as TestDatabase };
  beforeAll(async () => {
    state.database = await createTestDatabase();
    useDatabaseHandle(state.database);
    await getBoss();
  });
  afterAll(async () => {
    await stopBoss();
    await state.database?.close();
  });
  beforeEach(async () => {
    await state.database.truncate();
    await state.database.db.execute(sql`delete from pgboss.job`);
  });
  return state;
}

export async function createBookingScenario(
  database: TestDatabase,
  options: { rules?: BookingRulesInput; timeZone?: string; requiresApproval?: boolean; requiresPhone?: boolean } = {},
) {
  const { db } = database;
  const org = await createOrganization(db);
  const admin = await createUser(db, org.id, "admin", { phone: "+43664000001" });
  const resident = await createUser(db, org.id, "resident", { phone: "+43664000002" });
  const site = await createSite(db, org.id, { timeZone: options.timeZone ?? "Europe/Vienna" });
  const resource = await createResource(db, org.id, site.id, {
    rules: options.rules ?? {},
    requiresApproval: options.requiresApproval ?? false,
    requiresPhone: options.requiresPhone ?? false,
  });
  const actor = (user: { id: string }, role: Actor["role"] = "resident"): Actor => ({ userId: user.id, orgId: org.id, role });
  return { org, admin, resident, site, resource, actor, asAdmin: actor(admin, "admin"), asResident: actor(resident) };
}

/** A UTC instant from a local wall time in Vienna/Zurich summer time (UTC+2), for readable tests. */
export const summer = (localIso: string) => new Date(`${localIso}+02:00`);

export async function jobsIn(database: TestDatabase) {
  const result = await database.executeSql("select name, data from pgboss.job order by created_on");
  return result.rows as { name: string; data: Record<string, unknown> }[];
}

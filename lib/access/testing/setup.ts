import { afterAll, afterEach, beforeAll } from "vitest";
import { and, asc, eq, inArray } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createOrganization, createResource, createSite, createUser } from "@/db/factories";
import { accessGrants, accessRules, auditEvents, doors, lockIntegrations, siteAlwaysOpenDoors } from "@/db/schema";
import { sealSecret } from "@/lib/crypto/key-ring";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { startJobWorkers } from "@/lib/jobs/worker";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { closeIntegrationDrivers } from "@/lib/locks/integration-drivers";
import type { CredentialType, DoorKind } from "@/lib/locks/types";
import type { Actor } from "@/lib/bookings/load";
import type { BookingRulesInput } from "@/lib/resources/rules";
import { configureAccessEngine } from "../engine-options";
import type { Grant, GrantStatus } from "../grant-store";

// The access engine's integration tests: one database per file (PGlite, or PostgreSQL with
// TEST_DATABASE_URL), pg-boss with the real workers on it, and fast retry timings. Each test builds its own
// organisation, so no truncation is needed and the simulators' state is told apart by holder.

export type AccessTestEnvironment = { database: TestDatabase };

export function useAccessTestEnvironment(): AccessTestEnvironment {
  const env = { database: undefined as unknown as TestDatabase };
  beforeAll(async () => {
    env.database = await createTestDatabase();
    useDatabaseHandle(env.database);
    configureAccessEngine({ leaseMs: 10_000, retryBaseMs: 20, retryMaxMs: 300, maxProvisionAttempts: 8, flagRemovalAfterAttempts: 3, stalledAfterMs: 1_000 });
    await getBoss();
    await startJobWorkers({ schedules: false });
  });
  afterEach(async () => {
    // A new driver per test (each test has its own integration row); close the old ones' connections.
    await closeIntegrationDrivers();
  });
  afterAll(async () => {
    await stopBoss();
    await closeIntegrationDrivers();
    await env.database?.close();
  });
  return env;
}

export type ScenarioDoor = { vendorId: string; kind: DoorKind; name: string; alwaysOpen?: boolean };

export type ScenarioOptions = {
  vendor: "xesar" | "exivo";
  settings: Record<string, unknown>;
  credentials: Record<string, unknown>;
  doors: ScenarioDoor[];
  accessIdentifier: string;
  timeZone: string;
  rule?: { bufferBeforeMinutes: number; bufferAfterMinutes: number; credentialType?: CredentialType };
  bookingRules?: BookingRulesInput;
  requiresApproval?: boolean;
  /** Unique per test, so the simulators' credentials of one test can be told apart. */
  holderPhone: string;
};

/** An organisation with a lock integration (credentials sealed, as the cockpit stores them), doors and a bookable resource. */
export async function createAccessScenario(env: AccessTestEnvironment, options: ScenarioOptions) {
  const { db } = env.database;
  const org = await createOrganization(db);
  const admin = await createUser(db, org.id, "admin", { phone: "+41790000001" });
  const resident = await createUser(db, org.id, "resident", { phone: options.holderPhone, name: `Holder ${options.holderPhone.slice(-4)}` });
  const [integration] = await db
    .insert(lockIntegrations)
    .values({ orgId: org.id, vendor: options.vendor, name: `${options.vendor} simulator`, settings: options.settings, credentialsEncrypted: sealSecret(JSON.stringify(options.credentials)) })
    .returning();
  const site = await createSite(db, org.id, { timeZone: options.timeZone, integrationId: integration!.id });
  const doorRows = await db
    .insert(doors)
    .values(options.doors.map((door) => ({ orgId: org.id, integrationId: integration!.id, siteId: site.id, vendorId: door.vendorId, kind: door.kind, name: door.name })))
    .returning();
  const alwaysOpen = doorRows.filter((row) => options.doors.find((door) => door.vendorId === row.vendorId && door.kind === row.kind)?.alwaysOpen);
  if (alwaysOpen.length > 0) await db.insert(siteAlwaysOpenDoors).values(alwaysOpen.map((door) => ({ siteId: site.id, doorId: door.id })));
  const resource = await createResource(db, org.id, site.id, {
    accessIdentifier: options.accessIdentifier,
    rules: options.bookingRules ?? {},
    requiresApproval: options.requiresApproval ?? false,
  });
  if (options.rule) {
    await db.insert(accessRules).values({ orgId: org.id, kind: "booking", resourceId: resource.id, ...options.rule });
  }
  const actor = (user: { id: string }, role: Actor["role"]): Actor => ({ userId: user.id, orgId: org.id, role });
  return { org, admin, resident, integration: integration!, site, resource, doors: doorRows, asAdmin: actor(admin, "admin"), asResident: actor(resident, "resident") };
}

/** Polls until `read` returns something `done` accepts; bounded, and the last value is in the error. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 15_000, what = "condition" } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

export async function grantsOf(env: AccessTestEnvironment, bookingId: string): Promise<Grant[]> {
  return env.database.db.select().from(accessGrants).where(eq(accessGrants.bookingId, bookingId)).orderBy(asc(accessGrants.createdAt));
}

/** Wakes the workers (as the booking actions do after their commit) and waits for the booking's grants. */
export async function waitForGrants(env: AccessTestEnvironment, bookingId: string, statuses: GrantStatus[], timeoutMs?: number): Promise<Grant[]> {
  wakeJobWorkers();
  return waitFor(
    () => grantsOf(env, bookingId),
    (grants) => grants.length === statuses.length && grants.every((grant, index) => grant.status === statuses[index]),
    { timeoutMs, what: `grants ${statuses.join(", ")}` },
  );
}

export async function auditOf(env: AccessTestEnvironment, grantIds: string[]) {
  if (grantIds.length === 0) return [];
  return env.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "access_grant"), inArray(auditEvents.entityId, grantIds)))
    .orderBy(asc(auditEvents.createdAt));
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "@/db/testing-hooks";
import { auditEvents, doors, lockIntegrations } from "@/db/schema";
import { createOrganization, createUser } from "@/db/factories";
import { AppError } from "@/lib/errors/app-error";
import { createExivoHarness, type ExivoHarness } from "@/lib/locks/exivo/testing/harness";
import { DEMO_COMPONENT_IDS, DEMO_SITE, DEMO_ZONE_IDS } from "@/lib/locks/exivo/simulator/demo-installation";
import { startXesarSimulator, type XesarSimulator } from "@/lib/locks/xesar/simulator/start-simulator";
import { DEMO_ACCESS_POINTS } from "@/lib/locks/xesar/simulator/demo-installation";
import { saveIntegration } from "./service";
import { syncIntegrationDoors, verifyIntegration } from "./lock-check";
import { getIntegrationDetail, listSyncedDoors } from "./queries";
import { buildConfigZip, toBase64 } from "./testing/config-zip";

const testDb = useTestDatabase();
let exivo: ExivoHarness;
let xesar: XesarSimulator;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(path.join(tmpdir(), "keyslot-xesar-"));
  [exivo, xesar] = await Promise.all([createExivoHarness(), startXesarSimulator({ stateDir, controlPort: null })]);
});
afterAll(async () => {
  await Promise.all([exivo?.close(), xesar?.close()]);
  rmSync(stateDir, { recursive: true, force: true });
});

async function admin() {
  const { db } = testDb.database;
  const org = await createOrganization(db);
  const user = await createUser(db, org.id, "admin");
  return { userId: user.id, orgId: org.id };
}

const exivoInput = (overrides: Partial<{ apiKey: string; apiSecret: string; integrationId: string }> = {}) => ({
  name: "exivo Campus",
  baseUrl: exivo.simulator.baseUrl,
  siteId: DEMO_SITE.siteId,
  apiKey: DEMO_SITE.apiKey,
  apiSecret: DEMO_SITE.apiSecret,
  ...overrides,
});

const xesarZipInput = (zip: Uint8Array, brokerUrl = xesar.brokerUrl) => ({
  name: "Xesar Nord",
  source: "zip" as const,
  brokerUrl,
  userId: "",
  installationTimeZone: "Europe/Vienna",
  token: "",
  caPem: "",
  certPem: "",
  keyPem: "",
  configZip: toBase64(zip),
});

async function rowOf(id: string) {
  const [row] = await testDb.database.db.select().from(lockIntegrations).where(eq(lockIntegrations.id, id));
  return row!;
}

describe("dormakaba exivo against the simulator", () => {
  it("wrong credentials: a failure with the normalised reason, status failed, no doors", async () => {
    const actor = await admin();
    const { id } = await saveIntegration({ actor, vendor: "exivo", input: exivoInput({ apiSecret: "wrong-secret-0000" }) });
    const outcome = await verifyIntegration({ actor, integrationId: id });
    expect(outcome).toMatchObject({ verified: false, failure: { code: "auth" } });
    expect(await rowOf(id)).toMatchObject({ status: "failed", lastVerifiedAt: null });
    expect((await rowOf(id)).lastError).toMatch(/^auth: /);
    expect(await syncIntegrationDoors({ actor, integrationId: id })).toMatchObject({ synced: false, failure: { code: "auth" } });
    expect(await listSyncedDoors({ orgId: actor.orgId, integrationId: id })).toEqual([]);
  });

  it("right credentials after a wrong one: verified with the site name, doors synced, the gateway marked", async () => {
    const actor = await admin();
    const { id } = await saveIntegration({ actor, vendor: "exivo", input: exivoInput({ apiSecret: "wrong-secret-0000" }) });
    await verifyIntegration({ actor, integrationId: id });
    // Editing: a new secret replaces the wrong one, the untouched API key is kept.
    await saveIntegration({ actor, vendor: "exivo", input: exivoInput({ integrationId: id, apiKey: "", apiSecret: DEMO_SITE.apiSecret }) });
    expect(await rowOf(id)).toMatchObject({ status: "unverified", lastError: null });

    const outcome = await verifyIntegration({ actor, integrationId: id });
    expect(outcome).toMatchObject({ verified: true, siteName: DEMO_SITE.name });
    expect(await rowOf(id)).toMatchObject({ status: "verified", lastError: null });
    expect((await rowOf(id)).lastVerifiedAt).toBeInstanceOf(Date);

    expect(await syncIntegrationDoors({ actor, integrationId: id })).toMatchObject({ synced: true, added: 8, removed: 0 });
    const synced = await listSyncedDoors({ orgId: actor.orgId, integrationId: id });
    const gateway = synced.find((door) => door.vendorId === DEMO_COMPONENT_IDS.gateway);
    expect(gateway).toMatchObject({ kind: "gateway", selectable: false });
    expect(synced.find((door) => door.vendorId === DEMO_COMPONENT_IDS.mainEntrance)).toMatchObject({ kind: "component", selectable: true, removed: false });
    expect(synced.find((door) => door.vendorId === DEMO_ZONE_IDS.groundFloor)).toMatchObject({ kind: "zone", selectable: true });
  });

  it("a second sync updates in place, and a door the lock system no longer reports is marked removed", async () => {
    const actor = await admin();
    const { id } = await saveIntegration({ actor, vendor: "exivo", input: exivoInput() });
    await syncIntegrationDoors({ actor, integrationId: id });
    const { db } = testDb.database;
    await db.insert(doors).values({ orgId: actor.orgId, integrationId: id, vendorId: "gone-door", kind: "component", name: "Old door", syncedAt: new Date(0) });
    expect(await syncIntegrationDoors({ actor, integrationId: id })).toMatchObject({ synced: true, added: 0, updated: 8, removed: 1 });
    const synced = await listSyncedDoors({ orgId: actor.orgId, integrationId: id });
    expect(synced).toHaveLength(9);
    expect(synced.filter((door) => door.removed).map((door) => door.vendorId)).toEqual(["gone-door"]);
  });

  it("stores the credentials sealed and tells the form only which secrets are set", async () => {
    const actor = await admin();
    const { id } = await saveIntegration({ actor, vendor: "exivo", input: exivoInput() });
    const row = await rowOf(id);
    expect(row.credentialsEncrypted).not.toContain(DEMO_SITE.apiSecret);
    const detail = await getIntegrationDetail({ orgId: actor.orgId, integrationId: id });
    expect(detail).toMatchObject({ secretsSet: { apiKey: true, apiSecret: true }, settings: { siteId: DEMO_SITE.siteId } });
    expect(JSON.stringify(detail)).not.toContain(DEMO_SITE.apiSecret);
    expect(JSON.stringify(detail)).not.toContain(DEMO_SITE.apiKey);
    const audit = await testDb.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audit.map((event) => event.action)).toEqual(["integration.created"]);
    expect(JSON.stringify(audit)).not.toContain(DEMO_SITE.apiSecret);
    expect(audit[0]!.data).toMatchObject({ secretsChanged: ["apiKey", "apiSecret"] });
  });

  it("another organisation's integration is not found", async () => {
    const actor = await admin();
    const other = await admin();
    const { id } = await saveIntegration({ actor, vendor: "exivo", input: exivoInput() });
    await expect(verifyIntegration({ actor: other, integrationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveIntegration({ actor: other, vendor: "exivo", input: exivoInput({ integrationId: id }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getIntegrationDetail({ orgId: other.orgId, integrationId: id })).toBeNull();
  });
});

describe("EVVA Xesar from the operator's configuration zip", () => {
  it("connects from the zip (broker address typed) and verifies; doors and zones sync", async () => {
    const actor = await admin();
    const { id } = await saveIntegration({ actor, vendor: "xesar", input: xesarZipInput(buildConfigZip(stateDir)) });
    const row = await rowOf(id);
    expect(row.settings).toMatchObject({ brokerUrl: xesar.brokerUrl, userId: xesar.apiUser.userId, installationTimeZone: "Europe/Vienna" });
    expect(row.credentialsEncrypted).not.toContain("PRIVATE KEY");
    expect(await verifyIntegration({ actor, integrationId: id })).toMatchObject({ verified: true });
    expect(await rowOf(id)).toMatchObject({ status: "verified" });
    expect(await syncIntegrationDoors({ actor, integrationId: id })).toMatchObject({ synced: true });
    const synced = await listSyncedDoors({ orgId: actor.orgId, integrationId: id });
    expect(synced.find((door) => door.vendorId === DEMO_ACCESS_POINTS.mainEntrance)).toMatchObject({ kind: "access_point", selectable: true });
    const detail = await getIntegrationDetail({ orgId: actor.orgId, integrationId: id });
    expect(detail?.secretsSet).toEqual({ token: true, caPem: true, certPem: true, keyPem: true });
    expect(JSON.stringify(detail)).not.toContain(xesar.apiUser.token);
  });

  it("takes the broker address from api.properties when none is typed, files in a folder", async () => {
    const actor = await admin();
    const address = xesar.brokerUrl.replace(/^mqtts:\/\//, "");
    const zip = buildConfigZip(stateDir, { folder: "xesar-api-user/", extraProperties: `broker.address=${address}` });
    const { id } = await saveIntegration({ actor, vendor: "xesar", input: xesarZipInput(zip, "") });
    expect((await rowOf(id)).settings).toMatchObject({ brokerUrl: xesar.brokerUrl });
    expect(await verifyIntegration({ actor, integrationId: id })).toMatchObject({ verified: true });
  });

  it("a wrong token is an auth failure", async () => {
    const actor = await admin();
    const { id } = await saveIntegration({ actor, vendor: "xesar", input: xesarZipInput(buildConfigZip(stateDir)) });
    await saveIntegration({
      actor,
      vendor: "xesar",
      input: { ...xesarZipInput(new Uint8Array()), integrationId: id, source: "pem", configZip: "", userId: xesar.apiUser.userId, token: "not-the-token" },
    });
    expect(await verifyIntegration({ actor, integrationId: id })).toMatchObject({ verified: false, failure: { code: "auth" } });
    expect(await rowOf(id)).toMatchObject({ status: "failed" });
  });

  it.each([
    ["mqtt.key", "cockpitIntegrations.errors.zipMissingKey"],
    ["ca.pem", "cockpitIntegrations.errors.zipMissingCa"],
    ["api.properties", "cockpitIntegrations.errors.zipMissingProperties"],
  ])("a zip without %s is refused with a clear error and nothing is stored", async (drop, message) => {
    const actor = await admin();
    const error = await saveIntegration({ actor, vendor: "xesar", input: xesarZipInput(buildConfigZip(stateDir, { drop })) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", message, fieldErrors: { configZip: [message] } });
    expect(await testDb.database.db.$count(lockIntegrations)).toBe(0);
  });

  it("a file that is not a zip, or whose key does not match the certificate, is refused", async () => {
    const actor = await admin();
    await expect(saveIntegration({ actor, vendor: "xesar", input: xesarZipInput(new TextEncoder().encode("not a zip at all")) })).rejects.toMatchObject({
      message: "cockpitIntegrations.errors.zipUnreadable",
    });
    const other = mkdtempSync(path.join(tmpdir(), "keyslot-xesar-other-"));
    try {
      const otherSim = await startXesarSimulator({ stateDir: other, controlPort: null });
      await otherSim.close();
      const { zipSync, unzipSync } = await import("fflate");
      const files = unzipSync(buildConfigZip(stateDir));
      files["mqtt.key"] = unzipSync(buildConfigZip(other))["mqtt.key"]!;
      await expect(saveIntegration({ actor, vendor: "xesar", input: xesarZipInput(zipSync(files)) })).rejects.toMatchObject({
        message: "cockpitIntegrations.errors.zipKeyMismatch",
      });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

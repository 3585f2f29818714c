import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "@/db/testing-hooks";
import { auditEvents, doors, lockIntegrations } from "@/db/schema";
import { createSecurityCast, isRefusal, type SecurityCast } from "@/lib/testing/action-security";
import { createExivoHarness, type ExivoHarness } from "@/lib/locks/exivo/testing/harness";
import { DEMO_SITE } from "@/lib/locks/exivo/simulator/demo-installation";
import { saveExivoIntegrationAction, saveXesarIntegrationAction, syncIntegrationDoorsAction, verifyIntegrationAction } from "./actions";
import { saveIntegration } from "./service";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every integrations action, table-driven: nobody, a resident, another organisation's admin are refused and
// change nothing; the organisation's admin succeeds. No answer, to anyone, carries a secret.

const testDb = useTestDatabase();
let exivo: ExivoHarness;
beforeAll(async () => void (exivo = await createExivoHarness()));
afterAll(async () => exivo?.close());

const XESAR_TOKEN = "xesar-token-that-must-never-leave-the-server";
const SECRETS = [DEMO_SITE.apiSecret, DEMO_SITE.apiKey, XESAR_TOKEN, "PRIVATE KEY", "credentialsEncrypted", "credentials_encrypted"];

async function setUp() {
  const cast = await createSecurityCast(testDb.database);
  const actor = { userId: cast.admin.id, orgId: cast.org.id };
  const exivoInput = { name: "exivo Campus", baseUrl: exivo.simulator.baseUrl, siteId: DEMO_SITE.siteId, apiKey: DEMO_SITE.apiKey, apiSecret: DEMO_SITE.apiSecret };
  const { id: exivoId } = await saveIntegration({ actor, vendor: "exivo", input: exivoInput });
  const xesarInput = {
    name: "Xesar Nord",
    source: "pem" as const,
    brokerUrl: "mqtt://127.0.0.1:1",
    userId: "0b9f3a52-8c1d-4e7a-9f10-2a3b4c5d6e7f",
    installationTimeZone: "Europe/Vienna",
    token: XESAR_TOKEN,
    caPem: "",
    certPem: "",
    keyPem: "",
    configZip: "",
  };
  const { id: xesarId } = await saveIntegration({ actor, vendor: "xesar", input: xesarInput });
  return { cast, exivoId, xesarId, exivoInput, xesarInput };
}

type Setup = Awaited<ReturnType<typeof setUp>>;
type Case = {
  action: string;
  call: (s: Setup) => Promise<{ ok: boolean; code?: string; data?: unknown }>;
  /** What the admin's success changed. */
  changed: (s: Setup) => Promise<unknown>;
};

async function integrationRow(id: string) {
  const [row] = await testDb.database.db.select().from(lockIntegrations).where(eq(lockIntegrations.id, id));
  return row!;
}
const auditCount = async (id: string) => testDb.database.db.$count(auditEvents, eq(auditEvents.entityId, id));

const CASES: Case[] = [
  {
    action: "saveExivoIntegrationAction (edit)",
    call: (s) => saveExivoIntegrationAction({ ...s.exivoInput, integrationId: s.exivoId, name: "Renamed", apiKey: "", apiSecret: "" }),
    changed: async (s) => (await integrationRow(s.exivoId)).name === "Renamed",
  },
  {
    action: "saveXesarIntegrationAction (edit)",
    call: (s) => saveXesarIntegrationAction({ ...s.xesarInput, integrationId: s.xesarId, name: "Renamed", token: "" }),
    changed: async (s) => (await integrationRow(s.xesarId)).name === "Renamed",
  },
  {
    action: "verifyIntegrationAction",
    call: (s) => verifyIntegrationAction({ integrationId: s.exivoId }),
    changed: async (s) => (await integrationRow(s.exivoId)).status === "verified",
  },
  {
    action: "syncIntegrationDoorsAction",
    call: (s) => syncIntegrationDoorsAction({ integrationId: s.exivoId }),
    changed: async () => (await testDb.database.db.$count(doors)) > 0,
  },
];

const REFUSED = [
  ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
  ["a resident", "asResident", "FORBIDDEN"],
  ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
] as const satisfies readonly (readonly [string, keyof SecurityCast, string])[];

describe.each(CASES)("$action", ({ call, changed }) => {
  it.each(REFUSED)("%s is refused and nothing changes", async (_who, as, code) => {
    const setup = await setUp();
    const before = await Promise.all([integrationRow(setup.exivoId), integrationRow(setup.xesarId), auditCount(setup.exivoId)]);
    (setup.cast[as] as () => void)();
    const result = await call(setup);
    expect(isRefusal(result)).toBe(true);
    expect(result).toMatchObject({ ok: false, code });
    for (const secret of SECRETS) expect(JSON.stringify(result)).not.toContain(secret);
    expect(await changed(setup)).toBe(false);
    expect(await Promise.all([integrationRow(setup.exivoId), integrationRow(setup.xesarId), auditCount(setup.exivoId)])).toEqual(before);
  });

  it("the organisation's admin succeeds, and the answer carries no secret", async () => {
    const setup = await setUp();
    setup.cast.asAdmin();
    const result = await call(setup);
    expect(result).toMatchObject({ ok: true });
    for (const secret of SECRETS) expect(JSON.stringify(result)).not.toContain(secret);
    expect(await changed(setup)).toBe(true);
  });
});

describe("creating an integration", () => {
  it.each([
    ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
    ["a resident", "asResident", "FORBIDDEN"],
  ] as const)("%s cannot", async (_who, as, code) => {
    const { cast, exivoInput } = await setUp();
    cast[as]();
    expect(await saveExivoIntegrationAction({ ...exivoInput, name: "Sneaky" })).toMatchObject({ ok: false, code });
    expect(await testDb.database.db.$count(lockIntegrations, eq(lockIntegrations.name, "Sneaky"))).toBe(0);
  });

  it("another organisation's admin creates it in their own organisation only", async () => {
    const { cast, exivoInput } = await setUp();
    cast.asOtherAdmin();
    const result = await saveExivoIntegrationAction({ ...exivoInput, name: "Theirs" });
    expect(result).toMatchObject({ ok: true });
    for (const secret of SECRETS) expect(JSON.stringify(result)).not.toContain(secret);
    const [row] = await testDb.database.db.select().from(lockIntegrations).where(eq(lockIntegrations.name, "Theirs"));
    expect(row!.orgId).toBe(cast.otherOrg.id);
  });

  it("a failed verification answers with the reason but not the credentials", async () => {
    const { cast, exivoInput } = await setUp();
    cast.asAdmin();
    const saved = await saveExivoIntegrationAction({ ...exivoInput, name: "Wrong", apiSecret: "wrong-secret-value-1234" });
    if (!saved.ok) throw new Error("save failed");
    const result = await verifyIntegrationAction({ integrationId: saved.data.id });
    expect(result).toMatchObject({ ok: true, data: { verified: false, failure: { code: "auth" } } });
    for (const secret of [...SECRETS, "wrong-secret-value-1234"]) expect(JSON.stringify(result)).not.toContain(secret);
  });
});

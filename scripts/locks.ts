// `npm run locks -- <command> [options]`: talk to a lock system without the cockpit (go-live checks).
//   --integration <id>   an integration configured in Keyslot's database (DATABASE_URL, or the embedded one
//                        when the app is NOT running: one process per PGlite folder)
//   --config <file.json> or a plain config: {"vendor":"exivo","settings":{...},"credentials":{...}}
// Commands: verify | doors | grant | read | revoke | open
//   grant  --target "accessPoint:ID,zone:ID" --from <ISO> --to <ISO> --name "Holder" [--phone +41...]
//          [--email a@b.c] [--credential pin_link|pin|mobile_key] [--key <idempotency key>]
//   read|revoke --refs '<json from grant>'      open --door <vendor door id>
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { parseAccessIdentifier } from "@/lib/locks/identifiers";
import { parseIntegrationConfig, type IntegrationConfig } from "@/lib/locks/integration-config";
import { createLockDriver } from "@/lib/locks/registry";
import { LockError, type CredentialRequest, type GrantRefs } from "@/lib/locks/types";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    integration: { type: "string" },
    config: { type: "string" },
    target: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    name: { type: "string", default: "Keyslot go-live check" },
    phone: { type: "string" },
    email: { type: "string" },
    credential: { type: "string", default: "pin_link" },
    key: { type: "string" },
    refs: { type: "string" },
    door: { type: "string" },
  },
});

function fail(message: string): never {
  console.error(`locks: ${message}`);
  process.exit(2);
}

async function loadConfig(): Promise<IntegrationConfig> {
  if (values.config) {
    const raw = JSON.parse(readFileSync(values.config, "utf8")) as { vendor: string; settings: unknown; credentials: unknown };
    return parseIntegrationConfig(raw.vendor, raw.settings, raw.credentials);
  }
  if (!values.integration) fail("give --integration <id> or --config <file.json>");
  const { getDatabaseHandle } = await import("@/db");
  const { lockIntegrations } = await import("@/db/schema");
  const { openSecret } = await import("@/lib/crypto/key-ring");
  const handle = await getDatabaseHandle();
  const [row] = await handle.db.select().from(lockIntegrations).where(eq(lockIntegrations.id, values.integration));
  await handle.close();
  if (!row?.credentialsEncrypted) fail(`no integration ${values.integration} with credentials`);
  return parseIntegrationConfig(row.vendor, row.settings, JSON.parse(openSecret(row.credentialsEncrypted)));
}

const command = positionals[0];
if (!command || !["verify", "doors", "grant", "read", "revoke", "open"].includes(command)) {
  fail("command must be one of verify, doors, grant, read, revoke, open");
}
const driver = createLockDriver(await loadConfig());
const refs = (): GrantRefs => (values.refs ? (JSON.parse(values.refs) as GrantRefs) : fail("--refs is required"));
try {
  let result: unknown;
  if (command === "verify") result = await driver.verify();
  if (command === "doors") result = await driver.listDoors();
  if (command === "read") result = await driver.readGrant(refs());
  if (command === "revoke") result = await driver.revoke(refs()).then(() => ({ revoked: true }));
  if (command === "open") result = await driver.openDoor(values.door ?? fail("--door is required")).then(() => ({ requested: true }));
  if (command === "grant") {
    const parsed = parseAccessIdentifier(values.target ?? "");
    if (!parsed.ok) fail(parsed.issues.map((issue) => issue.message).join("; "));
    const from = new Date(values.from ?? "");
    const to = new Date(values.to ?? "");
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) fail("--from and --to must be ISO times, --to after --from");
    result = await driver.grant({
      idempotencyKey: values.key ?? randomUUID(),
      holder: { name: values.name!, phone: values.phone ?? null, email: values.email ?? null, language: "en", externalId: `cli-${randomUUID()}` },
      targets: parsed.targets,
      window: { start: from, end: to },
      credential: { type: values.credential } as CredentialRequest,
    });
  }
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  if (error instanceof LockError) fail(`${error.code}${error.retryable ? " (retryable)" : ""}: ${error.message}`);
  throw error;
} finally {
  await driver.close();
}

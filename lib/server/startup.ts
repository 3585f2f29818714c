import { existsSync, readFileSync } from "node:fs";
import { getDatabaseHandle, type Database } from "@/db";
import { seedDemoIntegrations } from "@/db/seed-integrations";
import type { DemoIntegrationSeed } from "@/lib/locks/demo-simulators";
import { isDatabaseEmpty, seedDemoData } from "@/db/seed";
import { DEMO_ACCOUNTS } from "@/db/demo-accounts";
import { EnvError, ensureAuthSecret, ensureEncryptionKeys, getEnv, isBuildPhase } from "@/lib/env";

/**
 * Start-up of a Keyslot server process: configuration check, migrations, and on an empty embedded
 * database (or in demo mode) the demo data. A configuration error stops the process with its message.
 */
export async function startKeyslot(): Promise<void> {
  if (isBuildPhase()) return;
  try {
    ensureAuthSecret();
    ensureEncryptionKeys();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n[keyslot] ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const env = getEnv();
  const handle = await getDatabaseHandle();
  await handle.migrate();
  const seeded = (env.KEYSLOT_DEMO || handle.kind === "pglite") && (await isDatabaseEmpty(handle.db));
  if (seeded || env.KEYSLOT_DEMO) {
    const { orgId } = await seedDemoData(handle.db);
    await seedSimulatorIntegrations(handle.db, orgId, env.KEYSLOT_DEMO_INTEGRATIONS);
  }
  console.info(`[keyslot] database ready (${handle.kind === "pglite" ? `embedded, ${env.KEYSLOT_DATA_DIR}/pglite` : "PostgreSQL"})${seeded ? ", demo data seeded" : ""}`);
  if (env.KEYSLOT_DEMO || seeded) printDemoLogins();
  const { startJobWorkers } = await import("@/lib/jobs/worker");
  await startJobWorkers();
}

/** The demo script starts the lock simulators and hands their addresses over in a file. */
async function seedSimulatorIntegrations(db: Database, orgId: string, file: string | undefined): Promise<void> {
  if (!file || !existsSync(/*turbopackIgnore: true*/ file)) return;
  const seeds = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as DemoIntegrationSeed[];
  await seedDemoIntegrations(db, orgId, seeds);
  console.info(`[keyslot] demo sites connected to the lock simulators (${seeds.map((seed) => seed.vendor).join(", ")})`);
}

function printDemoLogins(): void {
  const lines = Object.values(DEMO_ACCOUNTS).map((a) => `    ${a.role.padEnd(9)} ${a.email}  /  ${a.password}`);
  console.info(`[keyslot] demo logins:\n${lines.join("\n")}`);
}

// `npm run demo`: build, then start Keyslot on http://localhost:3000 with the demo data on the embedded
// database. Migrations, seeding and the printed logins happen in the server's start-up (lib/server/startup.ts).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startDemoSimulators } from "@/lib/locks/demo-simulators";
import { ensureAuthSecret, ensureEncryptionKeys, parseEnv } from "@/lib/env";

const port = process.env.PORT ?? "3000";
const env = { ...process.env, KEYSLOT_DEMO: "1", NODE_ENV: "production" } as NodeJS.ProcessEnv;
const parsed = parseEnv(env);
env.AUTH_SECRET = ensureAuthSecret({ env: parsed });
env.KEYSLOT_ENCRYPTION_KEYS = ensureEncryptionKeys({ env: parsed });

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  });
}

// The lock simulators run in this process, next to the app; the app seeds its integrations from the file.
const stateDir = path.resolve(parsed.KEYSLOT_DATA_DIR, "simulators");
mkdirSync(stateDir, { recursive: true });
const simulators = await startDemoSimulators({ stateDir, swaggerPath: parsed.EXIVO_SWAGGER_PATH });
env.KEYSLOT_DEMO_INTEGRATIONS = path.join(stateDir, "integrations.json");
writeFileSync(env.KEYSLOT_DEMO_INTEGRATIONS, JSON.stringify(simulators.seeds), { mode: 0o600 });
console.info(`[keyslot] lock simulators running: Xesar ${simulators.xesar.brokerUrl}${simulators.exivo ? `, exivo ${simulators.exivo.baseUrl}` : ""}`);

const skipBuild = process.argv.includes("--no-build");
if (!skipBuild) {
  console.info("[keyslot] building (first run takes a minute or two)…");
  await run("npx", ["next", "build"]);
}
console.info(`[keyslot] starting on http://localhost:${port}`);
await run("npx", ["next", "start", "-p", port]).finally(() => simulators.close());

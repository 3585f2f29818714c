// The server the e2e specs run against: the production build on a fresh embedded database with demo data,
// and the demo lock simulators (random ports, state in the test data folder) so the demo sites are connected.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startDemoSimulators } from "@/lib/locks/demo-simulators";
import type { SimulatorEndpoints } from "../e2e/simulators";

const port = process.argv[2] ?? "3100";
const dataDir = path.resolve(".data", `e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
const stateDir = path.join(dataDir, "simulators");
mkdirSync(stateDir, { recursive: true });

const simulators = await startDemoSimulators({ stateDir, ports: { exivo: 0, xesar: 0, xesarControl: 0 } });
const integrationsFile = path.join(stateDir, "integrations.json");
writeFileSync(integrationsFile, JSON.stringify(simulators.seeds), { mode: 0o600 });
// Where the specs reach the simulators' control APIs (outboxes, unlock logs) and their state (Xesar certificates).
const endpoints: SimulatorEndpoints = {
  exivo: simulators.exivo ? { baseUrl: simulators.exivo.baseUrl, controlUrl: `${simulators.exivo.origin}/_sim` } : null,
  xesar: { brokerUrl: simulators.xesar.brokerUrl, controlUrl: simulators.xesar.controlUrl!, stateDir: path.join(stateDir, "xesar") },
};
writeFileSync(path.join(stateDir, "endpoints.json"), JSON.stringify(endpoints, null, 2));

const child = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    KEYSLOT_DEMO: "1",
    KEYSLOT_DATA_DIR: dataDir,
    KEYSLOT_DEMO_INTEGRATIONS: integrationsFile,
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
    KEYSLOT_ENCRYPTION_KEYS: "e2e:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    RESEND_API_KEY: "",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => void simulators.close().finally(() => process.exit(code ?? 0)));

// `npm run simulators`: the EVVA Xesar and dormakaba exivo simulators with the demo installation, on fixed
// local ports, until Ctrl-C. `npm run demo` starts them itself; this is for working on the drivers or the CLI.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { startDemoSimulators } from "@/lib/locks/demo-simulators";

const stateDir = path.resolve(getEnv().KEYSLOT_DATA_DIR, "simulators");
mkdirSync(stateDir, { recursive: true });
const simulators = await startDemoSimulators({ stateDir, swaggerPath: getEnv().EXIVO_SWAGGER_PATH });
const seedsFile = path.join(stateDir, "integrations.json");
writeFileSync(seedsFile, JSON.stringify(simulators.seeds, null, 2), { mode: 0o600 });
console.info(`[keyslot] Xesar simulator: broker ${simulators.xesar.brokerUrl} (mutual TLS), controls ${simulators.xesar.controlUrl}`);
if (simulators.exivo) console.info(`[keyslot] exivo simulator: API ${simulators.exivo.baseUrl}, controls ${simulators.exivo.origin}/_sim/`);
console.info(`[keyslot] connection data for \`npm run locks -- --config\` style use: ${seedsFile}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await simulators.close();
    process.exit(0);
  });
}

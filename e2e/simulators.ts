import { readFileSync } from "node:fs";
import path from "node:path";

// The e2e server (scripts/e2e-server.ts) runs the demo lock simulators on random ports and writes where they
// are to .data/e2e-<port>/simulators/endpoints.json; specs read it to check what "the vendor" saw.

export type SimulatorEndpoints = {
  exivo: { baseUrl: string; controlUrl: string } | null;
  xesar: { brokerUrl: string; controlUrl: string; stateDir: string };
};

export function simulatorEndpoints(port: number | string = process.env.E2E_PORT ?? 3100): SimulatorEndpoints {
  const file = path.resolve(".data", `e2e-${port}`, "simulators", "endpoints.json");
  return JSON.parse(readFileSync(file, "utf8")) as SimulatorEndpoints;
}

/** GET a simulator control route (e.g. xesar `/outbox`, exivo `/state`) as JSON. */
export async function simulatorGet<T>(baseUrl: string, route: string): Promise<T> {
  const response = await fetch(`${baseUrl}${route}`);
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

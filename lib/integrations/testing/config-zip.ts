import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";

// Builds a Xesar operator configuration zip from the simulator's state dir (it keeps its API user in the
// zip's layout), for tests; `drop` leaves a file out, `extraProperties` appends lines to api.properties.

export const CONFIG_ZIP_FILES = ["ca.pem", "mqtt.pem", "mqtt.key", "api.properties"] as const;

export function buildConfigZip(stateDir: string, options: { drop?: string; extraProperties?: string; folder?: string } = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of CONFIG_ZIP_FILES) {
    if (file === options.drop) continue;
    let content = readFileSync(path.join(stateDir, file), "utf8");
    if (file === "api.properties" && options.extraProperties) content += `${options.extraProperties}\n`;
    entries[`${options.folder ?? ""}${file}`] = strToU8(content);
  }
  return zipSync(entries);
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

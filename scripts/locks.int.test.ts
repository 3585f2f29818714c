import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExivoSimulator, type ExivoSimulator } from "@/lib/locks/exivo/simulator/server";
import { DEMO_COMPONENT_IDS } from "@/lib/locks/exivo/simulator/demo-installation";

// The operator CLI, run as a real process against the exivo simulator.

const run = promisify(execFile);
let simulator: ExivoSimulator;
let configFile: string;

beforeAll(async () => {
  simulator = await startExivoSimulator();
  configFile = path.join(mkdtempSync(path.join(tmpdir(), "keyslot-locks-")), "exivo.json");
  writeFileSync(
    configFile,
    JSON.stringify({
      vendor: "exivo",
      settings: { baseUrl: simulator.baseUrl, siteId: simulator.site.siteId },
      credentials: { apiKey: simulator.site.apiKey, apiSecret: simulator.site.apiSecret },
    }),
  );
});
afterAll(async () => simulator?.close());

const locks = async (...args: string[]) => {
  const { stdout } = await run("npx", ["tsx", "scripts/locks.ts", ...args, "--config", configFile]);
  return JSON.parse(stdout);
};

describe("npm run locks", () => {
  it("verifies, lists doors, grants, reads back and revokes", async () => {
    expect(await locks("verify")).toMatchObject({ siteName: expect.any(String) });
    const doors = (await locks("doors")) as { vendorId: string; kind: string; selectable: boolean }[];
    expect(doors.find((door) => door.kind === "gateway")?.selectable).toBe(false);
    const door = DEMO_COMPONENT_IDS.meetingRoom1;
    const start = new Date(Date.now() + 3_600_000).toISOString();
    const end = new Date(Date.now() + 7_200_000).toISOString();
    const grant = await locks("grant", "--target", `accessPoint:${door}`, "--from", start, "--to", end, "--email", "ops@example.test");
    expect(grant).toMatchObject({ status: "active", credential: { pin: expect.stringMatching(/^\d{6}$/) } });
    expect((await locks("read", "--refs", JSON.stringify(grant.refs))).status).toBe("active");
    expect(await locks("revoke", "--refs", JSON.stringify(grant.refs))).toEqual({ revoked: true });
    expect((await locks("read", "--refs", JSON.stringify(grant.refs))).status).toBe("revoked");
  });

  it("refuses a bad target with the identifier's message", async () => {
    const error = await locks("grant", "--target", "door:1", "--from", "2030-01-01T10:00Z", "--to", "2030-01-01T11:00Z").catch((e: { stderr: string }) => e);
    expect((error as { stderr: string }).stderr).toContain('"door" in "door:1" is not a kind');
  });
});

import { existsSync } from "node:fs";
import path from "node:path";
import { startExivoSimulator, type ExivoSimulator } from "./exivo/simulator/server";
import { defaultSwaggerPath } from "./exivo/simulator/swagger-validator";
import { DEMO_COMPONENT_IDS, DEMO_MOBILE_APP, DEMO_SITE, DEMO_ZONE_IDS } from "./exivo/simulator/demo-installation";
import { startXesarSimulator, type XesarSimulator } from "./xesar/simulator/start-simulator";
import { DEMO_ACCESS_POINTS, DEMO_TIME_ZONE, DEMO_ZONES } from "./xesar/simulator/demo-installation";
import type { DoorKind } from "./types";

// The lock simulators behind the demo: EVVA Xesar for "Wohnpark Nord", dormakaba exivo for "Campus Zürich",
// on fixed local ports so the integrations seeded into the demo database keep working across restarts.

export const DEMO_SIMULATOR_PORTS = { exivo: 4010, xesar: 4883, xesarControl: 4012 } as const;

export type DemoIntegrationSeed = {
  siteName: string;
  vendor: "xesar" | "exivo";
  name: string;
  settings: Record<string, unknown>;
  credentials: Record<string, unknown>;
  doors: { vendorId: string; kind: DoorKind; name: string }[];
  alwaysOpenVendorIds: string[];
  /** Resource name -> Access Control Identifier. */
  identifiers: Record<string, string>;
};

export type DemoSimulators = { seeds: DemoIntegrationSeed[]; xesar: XesarSimulator; exivo: ExivoSimulator | null; close(): Promise<void> };

export type SimulatorPorts = { exivo: number; xesar: number; xesarControl: number };

export async function startDemoSimulators(options: { stateDir: string; ports?: SimulatorPorts; swaggerPath?: string; log?: (m: string) => void }): Promise<DemoSimulators> {
  const ports = options.ports ?? DEMO_SIMULATOR_PORTS;
  const log = options.log ?? console.info;
  const xesar = await startXesarSimulator({ port: ports.xesar, controlPort: ports.xesarControl, stateDir: path.join(options.stateDir, "xesar") });
  const swaggerPath = options.swaggerPath ?? defaultSwaggerPath();
  // The exivo simulator validates against the vendor's own swagger file, which is not part of this repository.
  const exivo = existsSync(swaggerPath) ? await startExivoSimulator({ port: ports.exivo, swaggerPath }) : null;
  if (!exivo) log(`[keyslot] exivo simulator not started: vendor swagger not found at ${swaggerPath} (set EXIVO_SWAGGER_PATH).`);
  const seeds = [xesarSeed(xesar), ...(exivo ? [exivoSeed(exivo)] : [])];
  return { seeds, xesar, exivo, close: async () => void (await Promise.all([xesar.close(), exivo?.close()])) };
}

function xesarSeed(sim: XesarSimulator): DemoIntegrationSeed {
  const p = DEMO_ACCESS_POINTS;
  return {
    siteName: "Wohnpark Nord",
    vendor: "xesar",
    name: "EVVA Xesar (simulator)",
    settings: { brokerUrl: sim.brokerUrl, userId: sim.apiUser.userId, installationTimeZone: DEMO_TIME_ZONE },
    credentials: { token: sim.apiUser.token, caPem: sim.apiUser.caPem, certPem: sim.apiUser.certPem, keyPem: sim.apiUser.keyPem },
    doors: [
      { vendorId: p.mainEntrance, kind: "access_point", name: "Main entrance" },
      { vendorId: p.cloakroom, kind: "access_point", name: "Cloakroom / WC" },
      { vendorId: p.meetingRoom, kind: "access_point", name: "Meeting room" },
      { vendorId: p.laundry, kind: "access_point", name: "Laundry" },
      { vendorId: p.guestFlat, kind: "access_point", name: "Guest flat" },
      { vendorId: DEMO_ZONES.commonAreas, kind: "zone", name: "Common areas" },
    ],
    alwaysOpenVendorIds: [p.mainEntrance, p.cloakroom],
    identifiers: { "Meeting room": `accessPoint:${p.meetingRoom}`, Laundry: `accessPoint:${p.laundry}`, "Guest flat": `accessPoint:${p.guestFlat}` },
  };
}

function exivoSeed(sim: ExivoSimulator): DemoIntegrationSeed {
  const c = DEMO_COMPONENT_IDS;
  return {
    siteName: "Campus Zürich",
    vendor: "exivo",
    name: "dormakaba exivo (simulator)",
    settings: { baseUrl: sim.baseUrl, siteId: DEMO_SITE.siteId, mobileAppId: DEMO_MOBILE_APP.id },
    credentials: { apiKey: DEMO_SITE.apiKey, apiSecret: DEMO_SITE.apiSecret },
    doors: [
      { vendorId: c.mainEntrance, kind: "component", name: "Main entrance" },
      { vendorId: c.cloakroom, kind: "component", name: "Cloakroom / WC" },
      { vendorId: c.meetingRoom1, kind: "component", name: "Meeting room 1" },
      { vendorId: c.seminarRoom, kind: "component", name: "Seminar room" },
      { vendorId: c.laundry, kind: "component", name: "Laundry" },
      { vendorId: c.focusRoom, kind: "component", name: "Focus room" },
      { vendorId: c.gateway, kind: "gateway", name: "Gateway" },
      { vendorId: DEMO_ZONE_IDS.groundFloor, kind: "zone", name: "Ground floor" },
    ],
    alwaysOpenVendorIds: [c.mainEntrance, c.cloakroom],
    identifiers: {
      "Meeting room 1": `accessPoint:${c.meetingRoom1}`,
      "Seminar room": `accessPoint:${c.seminarRoom}`,
      Laundry: `accessPoint:${c.laundry}`,
      "Focus room": `accessPoint:${c.focusRoom}`,
    },
  };
}

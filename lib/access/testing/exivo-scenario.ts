import { afterAll, beforeAll, beforeEach } from "vitest";
import { DateTime } from "luxon";
import { createBooking } from "@/lib/bookings/service";
import { DEMO_COMPONENT_IDS as C, DEMO_MOBILE_APP, DEMO_ZONE_IDS } from "@/lib/locks/exivo/simulator/demo-installation";
import { startExivoSimulator, type ExivoSimulator } from "@/lib/locks/exivo/simulator/server";
import { openPin } from "../access-pin";
import { createAccessScenario, type AccessTestEnvironment, type ScenarioOptions } from "./setup";

// The "Campus Zürich" site on the exivo simulator: the meeting room as the resource, main entrance and
// cloakroom as always-open doors, and a booking rule with 15-minute buffers.

export const EXIVO_DOORS: ScenarioOptions["doors"] = [
  { vendorId: C.mainEntrance, kind: "component", name: "Main entrance", alwaysOpen: true },
  { vendorId: C.cloakroom, kind: "component", name: "Cloakroom / WC", alwaysOpen: true },
  { vendorId: C.meetingRoom1, kind: "component", name: "Meeting room 1" },
  { vendorId: C.laundry, kind: "component", name: "Laundry" },
  { vendorId: C.gateway, kind: "gateway", name: "Gateway" },
  { vendorId: DEMO_ZONE_IDS.groundFloor, kind: "zone", name: "Ground floor" },
];

export const zurich = (localIso: string) => DateTime.fromISO(localIso, { zone: "Europe/Zurich" }).toJSDate();

/** "Now" for the booking service in these tests; bookings are made for the days after. */
export const EXIVO_NOW = zurich("2027-06-01T08:00");

/** One simulator per test file, without faults and with its clock before every booking at each test's start. */
export function useExivoSimulator(): { sim: ExivoSimulator } {
  const state = { sim: undefined as unknown as ExivoSimulator };
  beforeAll(async () => {
    state.sim = await startExivoSimulator();
  });
  afterAll(async () => state.sim?.close());
  beforeEach(() => {
    state.sim.control.clearFaults();
    state.sim.control.setClock(zurich("2027-05-01T00:00"));
  });
  return state;
}

export type ExivoScenario = Awaited<ReturnType<typeof createExivoScenario>>;

/** The resident books the meeting room (local Zurich times). */
export function bookRoom(s: ExivoScenario, start: string, end: string) {
  const input = { resourceId: s.resource.id, start: zurich(start), end: zurich(end), forSomeoneElse: false, holderPhone: null, holderEmail: null };
  return createBooking({ actor: s.asResident, input, now: EXIVO_NOW });
}

export const pinOf = (grant: { pinEncrypted: string | null }) => openPin(grant.pinEncrypted)!;

let phoneSequence = 0;

export function createExivoScenario(env: AccessTestEnvironment, sim: ExivoSimulator, overrides: Partial<ScenarioOptions> = {}) {
  phoneSequence++;
  return createAccessScenario(env, {
    vendor: "exivo",
    settings: { baseUrl: sim.baseUrl, siteId: sim.site.siteId, mobileAppId: DEMO_MOBILE_APP.id },
    credentials: { apiKey: sim.site.apiKey, apiSecret: sim.site.apiSecret },
    doors: EXIVO_DOORS,
    accessIdentifier: `accessPoint:${C.meetingRoom1}`,
    timeZone: "Europe/Zurich",
    rule: { bufferBeforeMinutes: 15, bufferAfterMinutes: 15, credentialType: "pin_link" },
    holderPhone: `+417912340${String(phoneSequence).padStart(2, "0")}`,
    ...overrides,
  });
}

/** The visits the simulator holds for one holder (each test has its own phone number). */
export function visitsOf(sim: ExivoSimulator, phone: string) {
  return sim.control.visits().filter((visit) => visit.smsNr === phone);
}

/** What the keypad at `door` says to `pin` at `at` (simulator time). */
export async function tryPin(sim: ExivoSimulator, pin: string, door: string, at: Date) {
  sim.control.setClock(at);
  return (await sim.control.enterPin({ componentId: door, pin })).result;
}

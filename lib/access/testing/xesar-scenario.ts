import { DateTime } from "luxon";
import { DEMO_ACCESS_POINTS as P, DEMO_ZONES } from "@/lib/locks/xesar/simulator/demo-installation";
import type { XesarSimulator } from "@/lib/locks/xesar/simulator/start-simulator";
import { createAccessScenario, type AccessTestEnvironment, type ScenarioOptions } from "./setup";

// The "Wohnpark Nord" site on the Xesar simulator (Europe/Vienna): the meeting room as the resource, main
// entrance and cloakroom as always-open doors, mobile keys sent by SMS.

export const XESAR_DOORS: ScenarioOptions["doors"] = [
  { vendorId: P.mainEntrance, kind: "access_point", name: "Main entrance", alwaysOpen: true },
  { vendorId: P.cloakroom, kind: "access_point", name: "Cloakroom / WC", alwaysOpen: true },
  { vendorId: P.meetingRoom, kind: "access_point", name: "Meeting room" },
  { vendorId: P.laundry, kind: "access_point", name: "Laundry" },
  { vendorId: DEMO_ZONES.commonAreas, kind: "zone", name: "Common areas" },
];

export const vienna = (localIso: string) => DateTime.fromISO(localIso, { zone: "Europe/Vienna" }).toJSDate();

let phoneSequence = 0;

export function createXesarScenario(env: AccessTestEnvironment, sim: XesarSimulator, overrides: Partial<ScenarioOptions> = {}) {
  phoneSequence++;
  return createAccessScenario(env, {
    vendor: "xesar",
    settings: { brokerUrl: sim.brokerUrl, userId: sim.apiUser.userId, installationTimeZone: sim.timeZone },
    credentials: { token: sim.apiUser.token, caPem: sim.apiUser.caPem, certPem: sim.apiUser.certPem, keyPem: sim.apiUser.keyPem },
    doors: XESAR_DOORS,
    accessIdentifier: `accessPoint:${P.meetingRoom}`,
    timeZone: "Europe/Vienna",
    holderPhone: `+436641234${String(phoneSequence).padStart(3, "0")}`,
    ...overrides,
  });
}

export function mediaOf(sim: XesarSimulator, phone: string) {
  return sim.control.media().filter((medium) => medium.phoneNumber === phone);
}

/** The holder enters the code from Xesar's SMS in the app. */
export async function activateMobileKey(sim: XesarSimulator, mediumId: string) {
  const sms = sim.control.outbox().filter((message) => message.mediumId === mediumId).at(-1);
  if (!sms) throw new Error(`No registration SMS for medium ${mediumId}`);
  await sim.control.completeRegistration({ mediumId, code: sms.code });
}

/** What the door says to the medium at `at` (simulator time). */
export async function present(sim: XesarSimulator, mediumId: string, door: string, at: Date) {
  sim.control.setClock(at);
  return (await sim.control.presentMedium({ mediumId, installationPointId: door })).result;
}

import type { ExpectedFaultError, InjectedFault, LockContractHarness } from "../../testing/harness";
import type { DoorEvent, LockDriver, VendorGrant } from "../../types";
import { createXesarDriver, type XesarDriverOptions } from "../driver";
import { DEMO_ACCESS_POINTS, DEMO_ZONES } from "../simulator/demo-installation";
import type { XesarSimulatorFault } from "../simulator/faults";
import { startXesarSimulator, type XesarSimulator } from "../simulator/start-simulator";

// The contract harness for Xesar: the driver against the simulator with the demo installation "Wohnpark Nord".
// Door attempts go the whole way: the simulated door publishes its access-protocol event over MQTT and the
// answer is the event the DRIVER receives, so onDoorEvent is exercised by every access check.

export type XesarHarnessOptions = {
  /** Attach the simulator to this external broker (plain TCP) instead of its own TLS broker. */
  attachTo?: string;
  commandTimeoutMs?: number;
};

export type XesarHarness = LockContractHarness & { simulator: XesarSimulator; driverOptions: XesarDriverOptions };

const DOOR_EVENT_TIMEOUT_MS = 5_000;

export async function createXesarHarness(options: XesarHarnessOptions = {}): Promise<XesarHarness> {
  const simulator = await startXesarSimulator({ attachTo: options.attachTo, controlPort: null });
  const commandTimeoutMs = options.commandTimeoutMs ?? 1_000;
  const driverOptions = xesarDriverOptionsFor(simulator, { commandTimeoutMs, connectTimeoutMs: 3_000, reconnectPeriodMs: 200 });
  const driver = createXesarDriver(driverOptions);
  const control = simulator.control;

  return {
    simulator,
    driverOptions,
    driver,
    credential: { type: "mobile_key" },
    doors: {
      granted: { kind: "accessPoint", id: DEMO_ACCESS_POINTS.meetingRoom, doorVendorId: DEMO_ACCESS_POINTS.meetingRoom },
      other: { kind: "accessPoint", id: DEMO_ACCESS_POINTS.laundry, doorVendorId: DEMO_ACCESS_POINTS.laundry },
    },
    zone: { target: { kind: "zone", id: DEMO_ZONES.commonAreas }, memberDoorVendorId: DEMO_ACCESS_POINTS.cloakroom },
    setClock: (at) => control.setClock(at),
    activate: async (grant) => {
      // As the holder would: take the code from the SMS and enter it in the app.
      const mediumId = requireMediumId(grant);
      const sms = control.outbox().filter((message) => message.mediumId === mediumId).at(-1);
      if (!sms) throw new Error(`No registration SMS for medium ${mediumId}`);
      await control.completeRegistration({ mediumId, code: sms.code });
    },
    attemptAccess: (grant, doorVendorId) => attemptAccess(simulator, driver, requireMediumId(grant), doorVendorId),
    countCredentials: async () => control.media().length,
    injectFault: (fault) => control.injectFault(toSimulatorFault(fault)),
    clearFaults: () => control.clearFaults(),
    expectedFaultErrors: expectedFaultErrors(commandTimeoutMs, { embeddedBroker: !options.attachTo }),
    close: async () => {
      await driver.close();
      await simulator.close();
    },
  };
}

export function xesarDriverOptionsFor(simulator: XesarSimulator, overrides: Partial<XesarDriverOptions> = {}): XesarDriverOptions {
  return {
    brokerUrl: simulator.brokerUrl,
    caPem: simulator.apiUser.caPem,
    certPem: simulator.apiUser.certPem,
    keyPem: simulator.apiUser.keyPem,
    userId: simulator.apiUser.userId,
    token: simulator.apiUser.token,
    installationTimeZone: simulator.timeZone,
    ...overrides,
  };
}

/** Resolves with the first door event matching `predicate`, as the driver reports it. */
export function waitForDoorEvent(driver: LockDriver, predicate: (event: DoorEvent) => boolean, timeoutMs = DOOR_EVENT_TIMEOUT_MS) {
  let off: () => void = () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const event = new Promise<DoorEvent>((resolve, reject) => {
    timer = setTimeout(() => (off(), reject(new Error(`No matching door event within ${timeoutMs} ms`))), timeoutMs);
    off = driver.onDoorEvent((candidate) => {
      if (!predicate(candidate)) return;
      clearTimeout(timer);
      off();
      resolve(candidate);
    });
  });
  return { event, cancel: () => (clearTimeout(timer), off()) };
}

async function attemptAccess(simulator: XesarSimulator, driver: LockDriver, mediumId: string, doorVendorId: string): Promise<"permitted" | "denied"> {
  const waiting = waitForDoorEvent(driver, (event) => event.doorVendorId === doorVendorId && event.refs?.mediumId === mediumId);
  const decision = await simulator.control.presentMedium({ mediumId, installationPointId: doorVendorId });
  if (!decision.published) {
    // An offline door reports nothing; the holder still stands in front of a closed door.
    waiting.cancel();
    return decision.result;
  }
  const seen = await waiting.event;
  if (seen.result !== decision.result) throw new Error(`Door said ${decision.result}, the driver reported ${seen.result}`);
  return seen.result === "permitted" ? "permitted" : "denied";
}

function toSimulatorFault(fault: InjectedFault): XesarSimulatorFault {
  switch (fault.kind) {
    case "status":
      // On commands, so the grant's command path (CreatePerson, AddSmartphone, the 409 read-back) is what fails.
      return { kind: "error", status: fault.status, count: fault.count, scope: "commands" };
    case "drop_answers":
      return { kind: "drop_answers", count: fault.count, scope: "commands" };
    case "offline_door":
      return { kind: "offline_door", installationPointId: fault.doorVendorId };
    default:
      return fault;
  }
}

function expectedFaultErrors(commandTimeoutMs: number, { embeddedBroker }: { embeddedBroker: boolean }): ExpectedFaultError[] {
  const status = (code: 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503, lockCode: ExpectedFaultError["code"], retryable: boolean): ExpectedFaultError => ({
    fault: { kind: "status", status: code },
    code: lockCode,
    retryable,
  });
  const expected: ExpectedFaultError[] = [
    status(400, "validation", false),
    status(401, "auth", false),
    status(403, "auth", false),
    status(404, "not_found", false),
    status(409, "conflict", false),
    status(429, "rate_limited", true),
    status(500, "vendor", true),
    status(503, "vendor", true),
    { fault: { kind: "latency", ms: commandTimeoutMs * 3 }, code: "timeout", retryable: true },
  ];
  // Last: the driver needs a reconnect afterwards. Only the embedded broker can cut other clients off.
  if (embeddedBroker) expected.push({ fault: { kind: "disconnect" }, code: "unavailable", retryable: true });
  return expected;
}

function requireMediumId(grant: VendorGrant): string {
  const mediumId = grant.refs.mediumId;
  if (!mediumId) throw new Error("The grant has no mediumId");
  return mediumId;
}

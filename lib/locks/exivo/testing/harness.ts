import type { CredentialRequest, VendorGrant } from "../../types";
import type { ExpectedFaultError, LockContractHarness } from "../../testing/harness";
import { createExivoDriver, type ExivoDriver, type ExivoDriverOptions } from "../driver";
import { DEMO_COMPONENT_IDS, DEMO_MOBILE_APP, DEMO_ZONE_IDS } from "../simulator/demo-installation";
import { startExivoSimulator, type ExivoSimulator, type ExivoSimulatorOptions } from "../simulator/server";

// The exivo side of the contract suite: the real driver against the simulator with the demo installation.
// Retries are off (maxRetries 0) so an injected 429/503 surfaces, and the timeout is short so dropped
// answers and latency become a timeout quickly.

export type ExivoHarness = LockContractHarness & { driver: ExivoDriver; simulator: ExivoSimulator };

export type ExivoHarnessOptions = {
  credential?: CredentialRequest;
  driver?: Partial<ExivoDriverOptions>;
  simulator?: ExivoSimulatorOptions;
};

const TIMEOUT_MS = 500;

const EXPECTED_FAULT_ERRORS: ExpectedFaultError[] = [
  { fault: { kind: "status", status: 400 }, code: "validation", retryable: false },
  { fault: { kind: "status", status: 401 }, code: "auth", retryable: false },
  { fault: { kind: "status", status: 403 }, code: "auth", retryable: false },
  { fault: { kind: "status", status: 404 }, code: "not_found", retryable: false },
  { fault: { kind: "status", status: 409 }, code: "conflict", retryable: false },
  { fault: { kind: "status", status: 429, retryAfterSeconds: 1 }, code: "rate_limited", retryable: true },
  { fault: { kind: "status", status: 500 }, code: "vendor", retryable: true },
  { fault: { kind: "status", status: 503, retryAfterSeconds: 2 }, code: "unavailable", retryable: true },
  { fault: { kind: "drop_answers" }, code: "timeout", retryable: true },
  { fault: { kind: "latency", ms: TIMEOUT_MS * 3 }, code: "timeout", retryable: true },
  { fault: { kind: "disconnect" }, code: "unavailable", retryable: true },
];

export async function createExivoHarness(options: ExivoHarnessOptions = {}): Promise<ExivoHarness> {
  const simulator = await startExivoSimulator(options.simulator);
  const { control } = simulator;
  const driver = createExivoDriver({
    baseUrl: simulator.baseUrl,
    ...simulator.site,
    maxRetries: 0,
    timeoutMs: TIMEOUT_MS,
    mobileAppId: DEMO_MOBILE_APP.id,
    ...options.driver,
  });
  const isMobileKey = (grant: VendorGrant) => grant.refs.kind === "digitalKeyVisit";

  return {
    driver,
    simulator,
    credential: options.credential ?? { type: "pin_link" },
    doors: {
      granted: { kind: "accessPoint", id: DEMO_COMPONENT_IDS.meetingRoom1, doorVendorId: DEMO_COMPONENT_IDS.meetingRoom1 },
      other: { kind: "accessPoint", id: DEMO_COMPONENT_IDS.laundry, doorVendorId: DEMO_COMPONENT_IDS.laundry },
    },
    zone: { target: { kind: "zone", id: DEMO_ZONE_IDS.groundFloor }, memberDoorVendorId: DEMO_COMPONENT_IDS.cloakroom },
    setClock: (at) => control.setClock(at),
    async activate(grant) {
      if (isMobileKey(grant)) await control.markDigitalKeyInstalled({ digitalKeyVisitId: grant.refs.visitId });
    },
    async attemptAccess(grant, doorVendorId) {
      if (isMobileKey(grant)) {
        const phone = grant.credential?.sentTo;
        if (!phone) throw new Error("mobile-key grant without the phone it was sent to");
        return (await control.presentMobileKey({ componentId: doorVendorId, phone })).result;
      }
      const pin = grant.credential?.pin;
      if (!pin) throw new Error("visit grant without a PIN");
      return (await control.enterPin({ componentId: doorVendorId, pin })).result;
    },
    countCredentials: async () => control.countCredentials(),
    injectFault: (fault) => control.injectFault(fault),
    clearFaults: () => control.clearFaults(),
    expectedFaultErrors: EXPECTED_FAULT_ERRORS,
    async close() {
      await driver.close();
      await simulator.close();
    },
  };
}

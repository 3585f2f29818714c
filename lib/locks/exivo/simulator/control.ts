import { enterPinAtDoor, markDigitalKeyInstalled, presentMobileKey, type DoorDeps } from "./doors";
import type { ExivoFault } from "./faults";
import type { AccessDecision } from "./rules";
import { digitalKeyVisitJson, visitJson, type OutboxMessage, type RecordedRequest, type UnlockRecord, type WebhookDelivery } from "./state";
import type { WebhookConfig } from "./webhooks";

// The test and demo controls of the simulator, in process. control-routes.ts offers the same over HTTP
// (under /_sim) for e2e tests that run in another process.

export type ExivoSimulatorControl = {
  now(): Date;
  setClock(at: Date): void;
  advanceClock(ms: number): void;
  useRealClock(): void;
  enterPin(input: { componentId: string; pin: string }): Promise<AccessDecision>;
  presentMobileKey(input: { componentId: string; phone: string }): Promise<AccessDecision>;
  markDigitalKeyInstalled(input: { phone?: string; digitalKeyVisitId?: string }): Promise<void>;
  injectFault(fault: ExivoFault): void;
  clearFaults(): void;
  faults(): ExivoFault[];
  setDoorOnline(componentId: string, online: boolean): void;
  setWebhook(config: WebhookConfig | undefined): void;
  outbox(): OutboxMessage[];
  requests(): RecordedRequest[];
  clearRequests(): void;
  unlocks(): UnlockRecord[];
  webhookDeliveries(): WebhookDelivery[];
  visits(): ReturnType<typeof visitJson>[];
  digitalKeyVisits(): ReturnType<typeof digitalKeyVisitJson>[];
  /** Visits and digital-key visits, revoked ones included. */
  countCredentials(): number;
};

export function createControl(deps: DoorDeps, webhook: { set(config: WebhookConfig | undefined): void }): ExivoSimulatorControl {
  const { state, faults } = deps;
  return {
    now: () => state.clock.now(),
    setClock: (at) => state.clock.set(at),
    advanceClock: (ms) => state.clock.advance(ms),
    useRealClock: () => state.clock.useRealTime(),
    enterPin: (input) => enterPinAtDoor(deps, input),
    presentMobileKey: (input) => presentMobileKey(deps, input),
    markDigitalKeyInstalled: (input) => markDigitalKeyInstalled(deps, input),
    injectFault: (fault) => faults.inject(fault),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    setDoorOnline(componentId, online) {
      if (online) state.offlineDoors.delete(componentId);
      else state.offlineDoors.add(componentId);
    },
    setWebhook: (config) => webhook.set(config),
    outbox: () => [...state.outbox],
    requests: () => [...state.requests],
    clearRequests: () => {
      state.requests.length = 0;
    },
    unlocks: () => [...state.unlocks],
    webhookDeliveries: () => [...state.webhookDeliveries],
    visits: () => state.visits.map((v) => visitJson(v, state.clock.now())),
    digitalKeyVisits: () => state.digitalKeyVisits.map((v) => digitalKeyVisitJson(v, state.clock.now())),
    countCredentials: () => state.visits.length + state.digitalKeyVisits.length,
  };
}

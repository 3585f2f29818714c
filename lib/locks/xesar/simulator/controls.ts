import { normalizeLocal } from "../local-time";
import { accessEntryFor, judgeAccess } from "./access-rules";
import type { FaultState, XesarSimulatorFault } from "./faults";
import { SimulatorError, type InstallationState, type ReceivedMessage, type SimMedium, type SimSms } from "./state";
import type { XesarServer } from "./xesar-server";

// The test and demo controls of the simulated installation: what the holder, the door and the world do.
// The same methods back the HTTP control API (control-http.ts) for tests in another process.

export type MediumSnapshot = Omit<SimMedium, "authorizations"> & { targets: { kind: "accessPoint" | "zone"; id: string }[] };
export type PresentResult = { result: "permitted" | "denied"; reason: string; at: string; published: boolean };

export class SimulatorControl {
  constructor(
    private readonly state: InstallationState,
    private readonly faults: FaultState,
    private readonly server: XesarServer,
    /** Null when attached to an external broker: other clients' connections are not ours to drop. */
    private readonly dropClients: (() => void) | null,
  ) {}

  now(): Date {
    return new Date(this.state.clock);
  }

  setClock(at: Date): void {
    if (Number.isNaN(at.getTime())) throw new SimulatorError(400, "invalid clock time");
    this.state.clock = new Date(at);
  }

  advanceClock(ms: number): Date {
    this.state.clock = new Date(this.state.clock.getTime() + ms);
    return this.now();
  }

  /** The holder enters the SMS code in the Xesar app. Needs a valid, unexpired code (when given) and no revoke. */
  async completeRegistration(input: { mediumId?: string; phone?: string; code?: string }): Promise<MediumSnapshot> {
    const medium = this.findPendingMedium(input);
    if (medium.mediumState === "REVOKED") throw new SimulatorError(409, `medium ${medium.id} is revoked`);
    if (medium.registrationState !== "COMPLETED") {
      if (input.code !== undefined && input.code !== medium.registrationCode) throw new SimulatorError(400, "wrong registration code");
      const tz = this.state.timeZone;
      if (normalizeLocal(this.state.localNow(), tz) >= normalizeLocal(medium.registrationCodeValidUntil, tz)) {
        throw new SimulatorError(410, `registration code of medium ${medium.id} expired at ${medium.registrationCodeValidUntil}`);
      }
      medium.registrationState = "COMPLETED";
      medium.mediumState = "ACTIVE";
      await this.server.publishDomainEvent("MobileRegistrationStateUpdated", { id: medium.id, registrationState: "COMPLETED" });
    }
    return toSnapshot(medium);
  }

  /** The holder presents the medium at a door; the door decides and reports it on `xs3/1/ase/...`. */
  async presentMedium(input: { mediumId: string; installationPointId: string }): Promise<PresentResult> {
    const point = this.state.requirePoint(input.installationPointId);
    const decision = judgeAccess(this.state, this.faults, input.mediumId, point);
    // An offline door cannot report anything.
    const published = decision.reason === "door offline" ? false : await this.server.publishAccessEntry(accessEntryFor(this.state, input.mediumId, point, decision));
    return { ...decision, at: this.state.localNow(), published };
  }

  outbox(): SimSms[] {
    return this.state.outbox.map((sms) => ({ ...sms }));
  }

  media(): MediumSnapshot[] {
    return [...this.state.media.values()].map(toSnapshot);
  }

  received(kind?: ReceivedMessage["kind"]): ReceivedMessage[] {
    return this.state.received.filter((message) => !kind || message.kind === kind);
  }

  /** Called for each command and query as it arrives (before latency or faults): lets tests act mid-request. */
  onReceived(listener: (message: ReceivedMessage) => void): () => void {
    this.state.receivedListeners.add(listener);
    return () => this.state.receivedListeners.delete(listener);
  }

  injectFault(fault: XesarSimulatorFault): void {
    if (fault.kind === "disconnect" && !this.dropClients) throw new SimulatorError(400, "disconnect needs the embedded broker");
    if (fault.kind === "offline_door") this.state.requirePoint(fault.installationPointId);
    this.faults.add(fault);
    if (fault.kind === "disconnect") this.dropClients?.();
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Crashes every API client connection once; clients may reconnect at once (unlike the disconnect fault). */
  dropConnections(): void {
    if (!this.dropClients) throw new SimulatorError(400, "dropping connections needs the embedded broker");
    this.dropClients();
  }

  private findPendingMedium(input: { mediumId?: string; phone?: string }): SimMedium {
    if (input.mediumId) return this.state.requireMedium(input.mediumId);
    if (!input.phone) throw new SimulatorError(400, "mediumId or phone is required");
    const candidates = [...this.state.media.values()].filter((medium) => medium.phoneNumber === input.phone && medium.mediumState !== "REVOKED");
    const pending = candidates.filter((medium) => medium.registrationState !== "COMPLETED");
    const medium = (pending.length > 0 ? pending : candidates).at(-1);
    if (!medium) throw new SimulatorError(404, `no medium for ${input.phone}`);
    return medium;
  }
}

function toSnapshot(medium: SimMedium): MediumSnapshot {
  const { authorizations, ...rest } = medium;
  return {
    ...rest,
    individualAuthorizationProfileIds: [...medium.individualAuthorizationProfileIds],
    targets: authorizations.map((a) => ({ kind: a.installationPoint ? "accessPoint" : "zone", id: a.authorizationId })),
  };
}

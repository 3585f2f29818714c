// Fault injection: what goes wrong with a real Xesar installation, on demand. Counted faults apply to the next
// N matching requests; without a count they last until cleared.

export type FaultScope = "commands" | "queries" | "all";

export type XesarSimulatorFault =
  /** Every answer (event, error, query answer) comes this much later. */
  | { kind: "latency"; ms: number }
  /** Requests are answered with this error on `/err` and not executed. `only` limits it to command names / query resources. */
  | { kind: "error"; status: number; count?: number; scope?: FaultScope; only?: string[]; reason?: string }
  /** Requests ARE executed, but their answer is swallowed: the caller cannot know what happened. */
  | { kind: "drop_answers"; count?: number; scope?: FaultScope; only?: string[] }
  /** Door events and registration updates are not published. */
  | { kind: "drop_events"; count?: number }
  /** RevokeSmartphone answers MediumRevoked, but the medium keeps working. */
  | { kind: "lying_revoke" }
  | { kind: "offline_door"; installationPointId: string }
  /** Drops every API client connection and refuses new ones until cleared (embedded broker only). */
  | { kind: "disconnect" };

type RequestKind = "command" | "query";
type Counted<T> = T & { remaining: number };

export class FaultState {
  private errors: Counted<Extract<XesarSimulatorFault, { kind: "error" }>>[] = [];
  private drops: Counted<Extract<XesarSimulatorFault, { kind: "drop_answers" }>>[] = [];
  private eventDrops = 0;
  private latency = 0;
  private offlineDoors = new Set<string>();
  lyingRevoke = false;
  disconnected = false;

  add(fault: XesarSimulatorFault): void {
    const remaining = "count" in fault && fault.count !== undefined ? fault.count : Number.POSITIVE_INFINITY;
    if (fault.kind === "error") this.errors.push({ ...fault, remaining });
    if (fault.kind === "drop_answers") this.drops.push({ ...fault, remaining });
    if (fault.kind === "drop_events") this.eventDrops += remaining;
    if (fault.kind === "latency") this.latency = Math.max(this.latency, fault.ms);
    if (fault.kind === "lying_revoke") this.lyingRevoke = true;
    if (fault.kind === "offline_door") this.offlineDoors.add(fault.installationPointId);
    if (fault.kind === "disconnect") this.disconnected = true;
  }

  clear(): void {
    this.errors = [];
    this.drops = [];
    this.eventDrops = 0;
    this.latency = 0;
    this.offlineDoors.clear();
    this.lyingRevoke = false;
    this.disconnected = false;
  }

  latencyMs(): number {
    return this.latency;
  }

  takeError(kind: RequestKind, name: string): { status: number; reason: string } | null {
    const fault = takeMatching(this.errors, kind, name);
    return fault ? { status: fault.status, reason: fault.reason ?? `injected fault: ${fault.status}` } : null;
  }

  takeDrop(kind: RequestKind, name: string): boolean {
    return takeMatching(this.drops, kind, name) !== null;
  }

  takeEventDrop(): boolean {
    if (this.eventDrops <= 0) return false;
    this.eventDrops -= 1;
    return true;
  }

  isDoorOffline(installationPointId: string): boolean {
    return this.offlineDoors.has(installationPointId);
  }
}

function takeMatching<T extends { remaining: number; scope?: FaultScope; only?: string[] }>(faults: T[], kind: RequestKind, name: string): T | null {
  const fault = faults.find((candidate) => candidate.remaining > 0 && isInScope(candidate.scope, kind) && (!candidate.only || candidate.only.includes(name)));
  if (!fault) return null;
  fault.remaining -= 1;
  return fault;
}

function isInScope(scope: FaultScope | undefined, kind: RequestKind): boolean {
  if (!scope || scope === "all") return true;
  return scope === "commands" ? kind === "command" : kind === "query";
}

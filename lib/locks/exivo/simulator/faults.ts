import type { InjectedFault } from "../../testing/harness";

// Fault injection for the vendor API (not for the control API or the link page). Counted faults hit the next
// N API requests (no count: every request until cleared); latency, lying revoke and offline doors stay until
// cleared.

export type ExivoFault =
  | InjectedFault
  /** Answers 200 with JSON that does not match the swagger. */
  | { kind: "malformed"; count?: number }
  /** The whole API is gone: sockets reset (as a refused connection looks to a client) or 503 for everything. */
  | { kind: "offline"; mode?: "reset" | "503" }
  /** The inner fault, only for requests whose "METHOD /path" matches the regular expression `match`. */
  | { kind: "on_request"; match: string; fault: ExivoFault };

export type FaultAction =
  | { kind: "none" }
  | { kind: "status"; status: number; retryAfterSeconds?: number }
  | { kind: "reset" }
  | { kind: "drop" }
  | { kind: "malformed" };

type Active = { fault: ExivoFault; remaining?: number; pattern?: RegExp };

export type FaultBox = ReturnType<typeof createFaultBox>;

export function createFaultBox() {
  let active: Active[] = [];
  const all = <K extends ExivoFault["kind"]>(kind: K) =>
    active.filter((a) => a.fault.kind === kind).map((a) => a.fault as Extract<ExivoFault, { kind: K }>);

  return {
    inject(fault: ExivoFault) {
      let pattern: RegExp | undefined;
      while (fault.kind === "on_request") {
        pattern = new RegExp(fault.match);
        fault = fault.fault;
      }
      const count = "count" in fault ? fault.count : undefined;
      active.push({ fault, remaining: count, pattern });
    },
    clear() {
      active = [];
    },
    list: () => active.map((a) => a.fault),
    latencyMs: (requestLine: string) =>
      active
        .filter((a) => a.fault.kind === "latency" && (!a.pattern || a.pattern.test(requestLine)))
        .reduce((sum, a) => sum + (a.fault as { ms: number }).ms, 0),
    lyingRevoke: () => all("lying_revoke").length > 0,
    offlineDoors: () => new Set(all("offline_door").map((f) => f.doorVendorId)),

    /** The action for an API request ("GET /site/visit"); consumes one unit of the first counted fault that applies. */
    next(requestLine: string): FaultAction {
      const offline = all("offline")[0];
      if (offline) return offline.mode === "503" ? { kind: "status", status: 503 } : { kind: "reset" };
      const hit = active.find(
        (a) => ["status", "drop_answers", "disconnect", "malformed"].includes(a.fault.kind) && (!a.pattern || a.pattern.test(requestLine)),
      );
      if (!hit) return { kind: "none" };
      if (hit.remaining !== undefined && --hit.remaining <= 0) active = active.filter((a) => a !== hit);
      const fault = hit.fault;
      if (fault.kind === "status") return { kind: "status", status: fault.status, retryAfterSeconds: fault.retryAfterSeconds };
      if (fault.kind === "drop_answers") return { kind: "drop" };
      if (fault.kind === "disconnect") return { kind: "reset" };
      return { kind: "malformed" };
    },
  };
}

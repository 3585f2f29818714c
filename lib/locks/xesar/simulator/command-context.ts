import type { FaultState } from "./faults";
import type { InstallationState } from "./state";

// What every simulated command handler gets, and what it returns: the events to publish on `xs3/1/ces/...`.

export type SimEvent = { name: string; event: Record<string, unknown> };

/** An access-protocol entry as the server publishes it on `xs3/1/ase/<group>/<number>`. */
export type AccessProtocolEntry = {
  groupOfEvent: string;
  eventNumber: number;
  eventType: string;
  installationPointId: string;
  identificationMediumId: string | null;
  personId: string | null;
};

export type CommandContext = {
  state: InstallationState;
  faults: FaultState;
  registrationValidityMs: number;
  /** Door events caused by a command (a remote opening) go out after the command's own event. */
  accessEvents: AccessProtocolEntry[];
};

export type CommandHandler = (body: unknown, ctx: CommandContext) => SimEvent[];

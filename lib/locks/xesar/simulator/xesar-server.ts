import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { accessProtocolTopic, errorTopic, eventTopic, parseTopic, queryAnswerTopic } from "../topics";
import type { AccessProtocolEntry, CommandContext } from "./command-context";
import { findCommandHandler } from "./commands";
import type { FaultState } from "./faults";
import { answerQuery, queryBodySchema } from "./queries";
import { SimulatorError, type InstallationState } from "./state";

// The installation logic of the simulated Xesar server: takes commands from `xs3/1/cmd/#` and queries from
// `xs3/1/q`, checks the token, applies faults, and answers with events, query answers or errors.

export type ServerDeps = {
  state: InstallationState;
  faults: FaultState;
  apiUser: { userId: string; token: string };
  registrationValidityMs: number;
  publish: (topic: string, payload: unknown) => Promise<void>;
};

export class XesarServer {
  private entryNumber = 0;

  constructor(private readonly deps: ServerDeps) {}

  handleMessage(topic: string, payload: Buffer): void {
    const parsed = parseTopic(topic);
    const body = parseObject(payload);
    if (!body) return;
    if (parsed.kind === "command") void this.process("command", parsed.name, body);
    if (parsed.kind === "query") void this.process("query", typeof body.resource === "string" ? body.resource : "", body);
  }

  /** Publishes a door's access-protocol entry (unless events are being dropped). */
  async publishAccessEntry(entry: AccessProtocolEntry): Promise<boolean> {
    if (this.deps.faults.takeEventDrop()) return false;
    const { state } = this.deps;
    const point = state.points.get(entry.installationPointId);
    const medium = entry.identificationMediumId ? state.media.get(entry.identificationMediumId) : undefined;
    const person = medium ? state.persons.get(medium.personId) : undefined;
    await this.deps.publish(accessProtocolTopic(entry.groupOfEvent, entry.eventNumber), {
      id: randomUUID(),
      entryIdentificator: ++this.entryNumber,
      timestampComponentLocal: state.localNow(),
      timestampUtc: state.clock.toISOString().replace(/Z$/, ""),
      receivedAt: state.localNow(),
      eventType: entry.eventType,
      eventValue: {},
      rawValue: "",
      parameterMap: {},
      installationPointId: entry.installationPointId,
      installationPointName: point?.name ?? null,
      installationPointIdentifier: point ? String(point.accessId) : null,
      zoneIds: [...state.zones.values()].filter((zone) => zone.installationPoints.includes(entry.installationPointId)).map((zone) => zone.id),
      accessId: point?.accessId ?? 0,
      groupOfEvent: entry.groupOfEvent,
      eventNumber: entry.eventNumber,
      identificationMediumId: entry.identificationMediumId,
      mediumIdentifier: medium?.mediumIdentifier ?? null,
      identificationMediumLabel: medium?.label ?? null,
      personId: entry.personId,
      person: person ? `${person.firstName} ${person.lastName}`.trim() : null,
    });
    return true;
  }

  /** Unsolicited domain events (no commandId), e.g. a completed registration. */
  async publishDomainEvent(name: string, event: Record<string, unknown>): Promise<boolean> {
    if (this.deps.faults.takeEventDrop()) return false;
    await this.deps.publish(eventTopic(name), { event });
    return true;
  }

  private async process(kind: "command" | "query", name: string, body: Record<string, unknown>): Promise<void> {
    const { state, faults } = this.deps;
    state.recordReceived({ kind, name, payload: body, receivedAt: new Date(state.clock) });
    const latency = faults.latencyMs();
    if (latency > 0) await delay(latency);
    const correlationId = stringOrNull(kind === "command" ? body.commandId : body.requestId);
    const injected = faults.takeError(kind, name);
    if (injected) return this.publishError(injected.status, injected.reason, correlationId);
    if (body.token !== this.deps.apiUser.token) return this.publishError(401, "invalid or expired token", correlationId);
    if (!correlationId) return this.publishError(400, `${kind === "command" ? "commandId" : "requestId"} is required`, null);
    try {
      if (kind === "command") await this.executeCommand(name, body, correlationId);
      else await this.executeQuery(body, correlationId);
    } catch (error) {
      if (faults.takeDrop(kind, name)) return;
      // Anything but a SimulatorError is a simulator bug; a real server would answer 500 too.
      const status = error instanceof SimulatorError ? error.status : 500;
      await this.publishError(status, error instanceof Error ? error.message : String(error), correlationId);
    }
  }

  private async executeCommand(name: string, body: Record<string, unknown>, commandId: string): Promise<void> {
    const ctx: CommandContext = { state: this.deps.state, faults: this.deps.faults, registrationValidityMs: this.deps.registrationValidityMs, accessEvents: [] };
    const events = findCommandHandler(name)(body, ctx);
    // A dropped answer does not undo the command: that is exactly what makes silence "unknown".
    if (this.deps.faults.takeDrop("command", name)) return;
    for (const { name: eventName, event } of events) await this.deps.publish(eventTopic(eventName), { commandId, event });
    for (const entry of ctx.accessEvents) await this.publishAccessEntry(entry);
  }

  private async executeQuery(body: Record<string, unknown>, requestId: string): Promise<void> {
    const parsed = queryBodySchema.safeParse(body);
    if (!parsed.success) throw new SimulatorError(400, `invalid query: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
    const response = answerQuery(this.deps.state, this.deps.faults, parsed.data);
    if (this.deps.faults.takeDrop("query", parsed.data.resource)) return;
    await this.deps.publish(queryAnswerTopic(this.deps.apiUser.userId), { requestId, response });
  }

  private async publishError(status: number, reason: string, correlationId: string | null): Promise<void> {
    await this.deps.publish(errorTopic(this.deps.apiUser.userId), { reason, correlationId, error: status });
  }
}

function parseObject(payload: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(payload.toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

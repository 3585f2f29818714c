import { LockError } from "../types";
import type { XesarConnection } from "./connection";
import { buildCommand, buildQuery, EXPECTED_EVENT, type CommandName, type QueryParams, type QueryResource } from "./envelopes";
import { lockErrorForSilence, lockErrorFromVendor } from "./errors";
import { errorMessageSchema, eventEnvelopeSchema, queryAnswerSchema, queryListSchema } from "./schemas";
import { parseTopic } from "./topics";

// Correlation of answers with requests. Xesar has no acknowledgement: a command is answered by its event
// (same commandId) or by an error (correlationId = commandId); a query by its answer or an error. Silence is
// reported as silence, never as success or failure: only the caller knows what silence means for it.

export type CommandOutcome =
  | { kind: "event"; event: Record<string, unknown> }
  | { kind: "error"; status: number; reason: string | null }
  | { kind: "silence"; cause: "timeout" | "connection_lost" };

type PendingCommand = { expectedEvent: string; settle: (outcome: CommandOutcome) => void };
type PendingQuery = { context: string; resolve: (response: unknown) => void; reject: (error: LockError | ConnectionLost) => void };

class ConnectionLost extends Error {
  constructor(readonly context: string) {
    super(`Xesar ${context}: the connection dropped before the answer`);
  }

  toLockError(): LockError {
    return new LockError({ code: "unavailable", message: this.message });
  }
}

export class XesarRequests {
  private readonly commands = new Map<string, PendingCommand>();
  private readonly queries = new Map<string, PendingQuery>();

  constructor(
    private readonly connection: XesarConnection,
    private readonly session: { userId: string; token: string; timeoutMs: number },
  ) {
    connection.onMessage((topic, payload) => this.handleMessage(topic, payload));
    connection.onConnectionLost(() => this.failAll());
  }

  /** Throws only when the command could not be sent (then it certainly did not happen). */
  async command(name: CommandName, fields: Record<string, unknown>): Promise<CommandOutcome> {
    await this.connection.whenReady();
    const message = buildCommand(name, this.session.token, fields);
    const outcome = new Promise<CommandOutcome>((resolve) => {
      const timer = setTimeout(() => settle({ kind: "silence", cause: "timeout" }), this.session.timeoutMs);
      const settle = (result: CommandOutcome) => {
        clearTimeout(timer);
        this.commands.delete(message.id);
        resolve(result);
      };
      this.commands.set(message.id, { expectedEvent: EXPECTED_EVENT[name], settle });
    });
    try {
      await this.connection.publish(message.topic, message.payload);
    } catch (error) {
      this.commands.get(message.id)?.settle({ kind: "silence", cause: "connection_lost" });
      throw error;
    }
    return outcome;
  }

  /** One element by id; a 404 becomes LockError not_found. */
  async queryOne(resource: QueryResource, id: string): Promise<unknown> {
    return this.query(resource, { id });
  }

  async queryList(resource: QueryResource, params: QueryParams = {}): Promise<{ data: unknown[]; totalCount: number }> {
    const response = await this.query(resource, { params });
    const parsed = queryListSchema.safeParse(response);
    if (!parsed.success) throw new LockError({ code: "vendor", message: `Xesar answered the ${resource} query with an unexpected shape` });
    return parsed.data;
  }

  /** Queries change nothing, so one lost to a dropped connection is asked again once the connection is back. */
  private async query(resource: QueryResource, request: { id?: string; params?: QueryParams }): Promise<unknown> {
    try {
      return await this.attemptQuery(resource, request);
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      return this.attemptQuery(resource, request).catch((retryError: unknown) => {
        throw retryError instanceof ConnectionLost ? retryError.toLockError() : retryError;
      });
    }
  }

  private async attemptQuery(resource: QueryResource, request: { id?: string; params?: QueryParams }): Promise<unknown> {
    await this.connection.whenReady();
    const message = buildQuery(resource, this.session.token, request);
    const context = `query ${resource}${request.id ? ` ${request.id}` : ""}`;
    const answer = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.queries.delete(message.id);
        reject(lockErrorForSilence(context, "timeout"));
      }, this.session.timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.queries.delete(message.id);
      };
      this.queries.set(message.id, {
        context,
        resolve: (response) => (done(), resolve(response)),
        reject: (error) => (done(), reject(error)),
      });
    });
    try {
      await this.connection.publish(message.topic, message.payload);
    } catch {
      this.queries.get(message.id)?.reject(new ConnectionLost(context));
    }
    return answer;
  }

  private handleMessage(topic: string, payload: Buffer): void {
    const parsedTopic = parseTopic(topic);
    if (parsedTopic.kind === "event") return this.handleEvent(parsedTopic.name, payload);
    if (parsedTopic.kind === "error" && parsedTopic.userId === this.session.userId) return this.handleError(payload);
    if (parsedTopic.kind === "query_answer" && parsedTopic.userId === this.session.userId) return this.handleAnswer(payload);
  }

  private handleEvent(name: string, payload: Buffer): void {
    const envelope = eventEnvelopeSchema.safeParse(parseJsonSafely(payload));
    if (!envelope.success || !envelope.data.commandId) return;
    const pending = this.commands.get(envelope.data.commandId);
    if (pending && pending.expectedEvent === name) pending.settle({ kind: "event", event: envelope.data.event });
  }

  private handleError(payload: Buffer): void {
    const error = errorMessageSchema.safeParse(parseJsonSafely(payload));
    if (!error.success || !error.data.correlationId) return;
    const { correlationId, error: status, reason } = error.data;
    this.commands.get(correlationId)?.settle({ kind: "error", status, reason: reason ?? null });
    const query = this.queries.get(correlationId);
    query?.reject(lockErrorFromVendor(status, reason, query.context));
  }

  private handleAnswer(payload: Buffer): void {
    const answer = queryAnswerSchema.safeParse(parseJsonSafely(payload));
    if (answer.success) this.queries.get(answer.data.requestId)?.resolve(answer.data.response);
  }

  private failAll(): void {
    for (const pending of [...this.commands.values()]) pending.settle({ kind: "silence", cause: "connection_lost" });
    for (const query of [...this.queries.values()]) query.reject(new ConnectionLost(query.context));
  }
}

function parseJsonSafely(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString("utf8"));
  } catch {
    return null;
  }
}

import http from "node:http";
import { z } from "zod";
import type { SimulatorControl } from "./controls";
import type { XesarSimulatorFault } from "./faults";
import { SimulatorError } from "./state";

// The control API over HTTP (JSON), for e2e tests and the demo running in another process. 127.0.0.1 only.

const faultSchema: z.ZodType<XesarSimulatorFault> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("latency"), ms: z.number().int().nonnegative() }),
  z.object({
    kind: z.literal("error"),
    status: z.number().int().min(400).max(599),
    count: z.number().int().positive().optional(),
    scope: z.enum(["commands", "queries", "all"]).optional(),
    only: z.array(z.string()).optional(),
    reason: z.string().optional(),
  }),
  z.object({
    kind: z.literal("drop_answers"),
    count: z.number().int().positive().optional(),
    scope: z.enum(["commands", "queries", "all"]).optional(),
    only: z.array(z.string()).optional(),
  }),
  z.object({ kind: z.literal("drop_events"), count: z.number().int().positive().optional() }),
  z.object({ kind: z.literal("lying_revoke") }),
  z.object({ kind: z.literal("offline_door"), installationPointId: z.string() }),
  z.object({ kind: z.literal("disconnect") }),
]);

const schemas = {
  clock: z.object({ at: z.iso.datetime({ offset: true }) }),
  advance: z.object({ ms: z.number().int() }),
  complete: z.object({ mediumId: z.string().optional(), phone: z.string().optional(), code: z.string().optional() }),
  present: z.object({ mediumId: z.string(), installationPointId: z.string() }),
};

type Route = (body: unknown, url: URL) => Promise<unknown> | unknown;

export async function startControlServer(control: SimulatorControl, port: number, info: () => unknown): Promise<{ url: string; close(): Promise<void> }> {
  const routes: Record<string, Route> = {
    "GET /info": () => info(),
    "GET /clock": () => ({ now: control.now().toISOString() }),
    "POST /clock": (body) => (control.setClock(new Date(parse(schemas.clock, body).at)), { now: control.now().toISOString() }),
    "POST /clock/advance": (body) => ({ now: control.advanceClock(parse(schemas.advance, body).ms).toISOString() }),
    "POST /registrations/complete": (body) => control.completeRegistration(parse(schemas.complete, body)),
    "POST /present": (body) => control.presentMedium(parse(schemas.present, body)),
    "GET /outbox": () => control.outbox(),
    "GET /media": () => control.media(),
    "GET /received": (_body, url) => control.received((url.searchParams.get("kind") as "command" | "query" | null) ?? undefined),
    "POST /faults": (body) => (control.injectFault(parse(faultSchema, body)), null),
    "DELETE /faults": () => (control.clearFaults(), null),
    "POST /connections/drop": () => (control.dropConnections(), null),
  };

  const server = http.createServer((request, response) => {
    void handle(routes, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(routes: Record<string, Route>, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const route = routes[`${request.method} ${url.pathname}`];
  try {
    if (!route) throw new SimulatorError(404, `no route ${request.method} ${url.pathname}`);
    const result = await route(await readJson(request), url);
    if (result === null || result === undefined) return void response.writeHead(204).end();
    send(response, 200, result);
  } catch (error) {
    const status = error instanceof SimulatorError ? (error.status >= 400 && error.status < 600 ? error.status : 400) : 500;
    send(response, status, { error: error instanceof Error ? error.message : String(error) });
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SimulatorError(400, parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  return parsed.data;
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 65_536) throw new SimulatorError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new SimulatorError(400, "body is not JSON");
  }
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { handleApiOperation, type ApiContext } from "./api-routes";
import { readBody, sendEmpty, sendJson } from "./http-io";
import type { RecordedRequest } from "./state";
import type { SwaggerValidator } from "./swagger-validator";

// The pipeline of one vendor API request: record -> injected faults -> route (exact casing) -> Basic auth ->
// swagger validation -> exivo rules and state -> the answer, itself checked against the swagger.

export type VendorDeps = ApiContext & { validator: SwaggerValidator; basePath: string; held: Set<ServerResponse> };

const MALFORMED = { unexpected: true, id: 42 };

export async function handleVendorRequest(deps: VendorDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const { state, faults, validator } = deps;
  const pathname = url.pathname.slice(deps.basePath.length) || "/";
  const raw = await readBody(req);
  let body: unknown;
  let notJson = false;
  if (raw !== "") {
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
      notJson = true;
    }
  }
  const contentType = req.headers["content-type"];
  const record: RecordedRequest = {
    method: req.method ?? "GET",
    path: `${pathname}${url.search}`,
    pathname,
    query: Object.fromEntries(url.searchParams),
    body,
    ...(contentType ? { contentType } : {}),
    receivedAt: Date.now(),
  };
  state.requests.push(record);
  const respond = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
    record.response = { status, body: payload };
    if (payload === undefined) sendEmpty(res, status, headers);
    else sendJson(res, status, payload, headers);
  };

  const requestLine = `${record.method} ${pathname}`;
  const latency = faults.latencyMs(requestLine);
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  const action = faults.next(requestLine);
  if (action.kind === "reset") return void req.socket.destroy();
  if (action.kind === "status") {
    const headers: Record<string, string> = action.retryAfterSeconds !== undefined ? { "retry-after": String(action.retryAfterSeconds) } : {};
    // exivo answers unknown ids with 404 and an empty body; the other faults carry a message.
    return respond(action.status, action.status === 404 ? undefined : { message: `Simulated HTTP ${action.status}` }, headers);
  }

  const match = validator.match(record.method, pathname);
  if ("status" in match) return match.status === 404 ? respond(404) : respond(405, { message: `${record.method} is not allowed on ${pathname}` });
  if (!isAuthorized(deps, req.headers.authorization, match.route.pathParams.siteId)) {
    return respond(401, { message: "Unauthorized" }, { "www-authenticate": 'Basic realm="exivo"' });
  }
  if (notJson) return respond(400, { message: "The body is not valid JSON" });
  if (raw !== "" && !/^application\/json\b/i.test(contentType ?? "")) return respond(400, { message: "Content-Type must be application/json" });
  const problem = validator.validateRequest(match.route, { query: url.searchParams, body, hasBody: raw !== "" });
  if (problem) return respond(400, { message: problem });

  const result = await handleApiOperation(deps, match.route, url.searchParams, body);
  if (result.status >= 200 && result.status < 300) {
    const violation = validator.validateResponse(match.route, result.status, result.body);
    if (violation) return respond(500, { message: `simulator answer violates the swagger: ${violation}` });
  }
  if (action.kind === "drop") {
    // Processed, but the answer never comes: the client must time out and read back.
    record.response = { status: result.status, body: result.body };
    deps.held.add(res);
    res.on("close", () => deps.held.delete(res));
    return;
  }
  if (action.kind === "malformed" && result.status === 200) return respond(200, MALFORMED);
  respond(result.status, result.body);
}

function isAuthorized(deps: VendorDeps, header: string | undefined, siteId: string | undefined): boolean {
  const { site } = deps.state.installation;
  const match = /^Basic\s+(.+)$/i.exec(header ?? "");
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const expected = `${site.apiKey}:${site.apiSecret}`;
  const same = decoded.length === expected.length && timingSafeEqual(Buffer.from(decoded), Buffer.from(expected));
  // A key belongs to one site: the right key on another site id is refused the same way.
  return same && siteId === site.siteId;
}

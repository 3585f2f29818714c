import type { IncomingMessage, ServerResponse } from "node:http";
import type { ExivoSimulatorControl } from "./control";
import { readBody, sendEmpty, sendJson } from "./http-io";

// HTTP face of the controls, for e2e tests and the demo running in another process. Bodies are JSON, times
// are ISO strings. Only reachable on the simulator's own (loopback) listener.
//
//   GET  /_sim/state                     clock, faults, counts
//   POST /_sim/clock {at} | {advanceMs} | {real: true}
//   POST /_sim/keypad {componentId, pin}            -> AccessDecision
//   POST /_sim/mobile-key {componentId, phone}      -> AccessDecision
//   POST /_sim/digital-keys/installed {phone} | {digitalKeyVisitId}
//   POST /_sim/faults {fault}     DELETE /_sim/faults
//   POST /_sim/doors/{componentId} {online}
//   POST /_sim/webhook {url, headerName?, headerValue} | {}
//   GET  /_sim/outbox | /_sim/requests | /_sim/unlocks | /_sim/webhooks | /_sim/visits

type Json = Record<string, unknown>;

export async function handleControlRequest(control: ExivoSimulatorControl, req: IncomingMessage, res: ServerResponse, pathname: string) {
  const route = `${req.method} ${pathname.replace(/^\/_sim/, "")}`;
  let body: Json = {};
  try {
    const text = await readBody(req);
    body = text ? (JSON.parse(text) as Json) : {};
  } catch {
    return sendJson(res, 400, { message: "body must be JSON" });
  }
  try {
    const doorMatch = /^POST \/doors\/([^/]+)$/.exec(route);
    if (doorMatch) {
      control.setDoorOnline(decodeURIComponent(doorMatch[1]!), body.online !== false);
      return sendEmpty(res, 204);
    }
    switch (route) {
      case "GET /state":
        return sendJson(res, 200, { now: control.now().toISOString(), faults: control.faults(), credentials: control.countCredentials() });
      case "POST /clock":
        if (body.real === true) control.useRealClock();
        else if (typeof body.advanceMs === "number") control.advanceClock(body.advanceMs);
        else if (typeof body.at === "string" && !Number.isNaN(Date.parse(body.at))) control.setClock(new Date(body.at));
        else return sendJson(res, 400, { message: "give at (ISO), advanceMs or real: true" });
        return sendJson(res, 200, { now: control.now().toISOString() });
      case "POST /keypad":
        return sendJson(res, 200, await control.enterPin({ componentId: String(body.componentId), pin: String(body.pin) }));
      case "POST /mobile-key":
        return sendJson(res, 200, await control.presentMobileKey({ componentId: String(body.componentId), phone: String(body.phone) }));
      case "POST /digital-keys/installed":
        await control.markDigitalKeyInstalled({
          ...(typeof body.phone === "string" ? { phone: body.phone } : {}),
          ...(typeof body.digitalKeyVisitId === "string" ? { digitalKeyVisitId: body.digitalKeyVisitId } : {}),
        });
        return sendEmpty(res, 204);
      case "POST /faults":
        control.injectFault((body.fault ?? body) as Parameters<ExivoSimulatorControl["injectFault"]>[0]);
        return sendEmpty(res, 204);
      case "DELETE /faults":
        control.clearFaults();
        return sendEmpty(res, 204);
      case "POST /webhook":
        control.setWebhook(typeof body.url === "string" ? { url: body.url, headerName: body.headerName as string | undefined, headerValue: String(body.headerValue ?? "") } : undefined);
        return sendEmpty(res, 204);
      case "GET /outbox":
        return sendJson(res, 200, control.outbox());
      case "GET /requests":
        return sendJson(res, 200, control.requests());
      case "GET /unlocks":
        return sendJson(res, 200, control.unlocks());
      case "GET /webhooks":
        return sendJson(res, 200, control.webhookDeliveries());
      case "GET /visits":
        return sendJson(res, 200, { visits: control.visits(), digitalKeyVisits: control.digitalKeyVisits() });
      default:
        return sendJson(res, 404, { message: `unknown control ${route}` });
    }
  } catch (error) {
    return sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
  }
}

import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { openFromLink, type DoorDeps } from "./doors";
import { parseCookies, readBody, sendText } from "./http-io";
import { formatPeriod, renderDoors, renderLogin, renderMessage } from "./link-page";
import type { DenyReason } from "./rules";
import { findComponent, isExpired, type SimVisit } from "./state";

// /visit/{token}            GET  the PIN form
// /visit/{token}/login      POST pin -> session cookie -> the doors
// /visit/{token}/doors      GET  the doors (needs the session)
// /visit/{token}/open       POST componentId -> unlock inside the window

const COOKIE = "exivo_visit_session";
const MAX_WRONG_PINS = 5;
const HTML = "text/html; charset=utf-8";

const DENIALS: Partial<Record<DenyReason, string>> = {
  not_yet_valid: "Your access period has not started yet.",
  expired: "Your access period is over.",
  revoked: "This access has been withdrawn.",
  door_not_in_visit: "This door is not part of your access.",
  door_offline: "The door is not reachable right now. Please try again.",
};

export async function handleLinkRequest(deps: DoorDeps, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  const [, , token = "", action = ""] = pathname.split("/");
  const { state } = deps;
  const visit = state.visits.find((v) => v.token === token);
  const siteName = state.installation.site.name;
  const html = (status: number, text: string, headers: Record<string, string | string[]> = {}) => sendText(res, status, HTML, text, headers);
  if (!visit) return html(404, renderMessage("Link not valid", "This link does not exist."));
  if (visit.revoked || isExpired(visit, state.clock.now())) {
    return html(410, renderMessage("Link no longer valid", "This access has ended or was withdrawn."));
  }
  if (visit.wrongPins >= MAX_WRONG_PINS) {
    return html(423, renderMessage("Locked", "Too many wrong codes. Ask your host for a new access."));
  }

  if (req.method === "GET" && action === "") return html(200, renderLogin({ siteName, token }));
  if (req.method === "POST" && action === "login") {
    const pin = new URLSearchParams(await readBody(req)).get("pin") ?? "";
    if (pin !== visit.code) {
      visit.wrongPins += 1;
      const left = MAX_WRONG_PINS - visit.wrongPins;
      return html(401, renderLogin({ siteName, token, error: left > 0 ? `Wrong code. ${left} attempts left.` : "Wrong code. This link is now locked." }));
    }
    visit.wrongPins = 0;
    const session = randomBytes(18).toString("base64url");
    state.sessions.set(session, token);
    const cookie = `${COOKIE}=${session}; Path=/visit/${token}; HttpOnly; SameSite=Lax`;
    return html(200, doorsPage(deps, visit), { "set-cookie": cookie });
  }

  const session = parseCookies(req.headers.cookie)[COOKIE];
  if (!session || state.sessions.get(session) !== token) return html(401, renderLogin({ siteName, token, error: "Please log in with your code." }));
  if (req.method === "GET" && action === "doors") return html(200, doorsPage(deps, visit));
  if (req.method === "POST" && action === "open") {
    const componentId = new URLSearchParams(await readBody(req)).get("componentId") ?? "";
    const reason = await openFromLink(deps, visit, componentId);
    const name = findComponent(state, componentId)?.identifier ?? "The door";
    const notice = reason ? { text: DENIALS[reason] ?? "The door cannot be opened.", error: true } : { text: `${name} is open.` };
    return html(reason ? 403 : 200, doorsPage(deps, visit, notice));
  }
  return html(404, renderMessage("Not found", "Unknown page."));
}

function doorsPage(deps: DoorDeps, visit: SimVisit, notice?: { text: string; error?: boolean }): string {
  const { site } = deps.state.installation;
  const doors = visit.components.map((id) => ({ id, name: findComponent(deps.state, id)?.identifier ?? id }));
  return renderDoors({ siteName: site.name, token: visit.token, period: formatPeriod(visit.validFrom, visit.validTo, site.timeZone), doors, notice });
}

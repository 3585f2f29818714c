import { randomBytes, randomUUID } from "node:crypto";
import { unlockRemotely, type DoorDeps } from "./doors";
import { checkDigitalKeyVisitPayload, checkVisitPayload } from "./rules";
import { digitalKeyVisitJson, findComponent, isGatewayComponent, visitJson, type SimDigitalKeyVisit, type SimVisit } from "./state";
import type { SwaggerRoute } from "./swagger-validator";

// The exivo operations a booking integration uses, answered from the simulator state. The request has already
// passed auth and the swagger check; these handlers apply exivo's own rules.

export type ApiContext = DoorDeps & { origin: string };
export type ApiResult = { status: number; body?: unknown };
type Body = Record<string, unknown>;
type Handler = (ctx: ApiContext, params: Record<string, string>, query: URLSearchParams, body: Body) => ApiResult | Promise<ApiResult>;

const notFound: ApiResult = { status: 404 };
const badRequest = (message: string): ApiResult => ({ status: 400, body: { message } });
const optional = (body: Body, ...keys: string[]) =>
  Object.fromEntries(keys.filter((key) => typeof body[key] === "string").map((key) => [key, body[key] as string]));

function paged<T>(rows: T[], query: URLSearchParams): T[] {
  const skip = Number(query.get("skip") ?? 0);
  const limit = Number(query.get("limit") ?? 0);
  const sort = query.get("sort");
  let sorted = rows;
  if (sort) {
    const direction = query.get("sortDir") === "desc" ? -1 : 1;
    sorted = [...rows].sort((a, b) => direction * String((a as Body)[sort] ?? "").localeCompare(String((b as Body)[sort] ?? "")));
  }
  return sorted.slice(skip, limit > 0 ? skip + limit : undefined);
}

const HANDLERS: Record<string, Handler> = {
  getSiteInfo: ({ state }) => {
    const { siteId, name, language, timeZone } = state.installation.site;
    return { status: 200, body: { id: siteId, name, language, timeZone, type: "exivo" } };
  },
  getComponents: ({ state }, _p, query) => ({ status: 200, body: paged(state.installation.components, query) }),
  getComponent: ({ state }, p) => {
    const component = findComponent(state, p.componentId!);
    return component ? { status: 200, body: component } : notFound;
  },
  getAccessZones: ({ state }, _p, query) => ({ status: 200, body: paged(state.installation.accessZones, query) }),
  getAccessZone: ({ state }, p) => {
    const zone = state.installation.accessZones.find((z) => z.id === p.accessZoneId);
    return zone ? { status: 200, body: zone } : notFound;
  },
  unlock: async (ctx, p, _q, body) => {
    const component = findComponent(ctx.state, p.componentId!);
    if (!component) return badRequest(`component ${p.componentId} does not exist`);
    if (isGatewayComponent(component)) return badRequest(`component ${p.componentId} is a gateway and cannot be unlocked`);
    await unlockRemotely(ctx, component.id, typeof body.delegatedUser === "string" ? body.delegatedUser : undefined);
    return { status: 204 };
  },

  getVisits: ({ state }, _p, query) => ({ status: 200, body: paged(state.visits, query).map((v) => visitJson(v, state.clock.now())) }),
  getVisit: ({ state }, p) => {
    const visit = state.visits.find((v) => v.id === p.visitId);
    return visit ? { status: 200, body: visitJson(visit, state.clock.now()) } : notFound;
  },
  delegateUnlockDoor: (ctx, _p, _q, body) => {
    const problem = checkVisitPayload(ctx.state, body);
    if (problem) return badRequest(problem);
    const token = randomBytes(18).toString("base64url");
    const visit: SimVisit = {
      id: randomUUID(),
      code: body.code as string,
      validFrom: body.validFrom as string,
      validTo: body.validTo as string,
      components: [...new Set(body.components as string[])],
      ...optional(body, "name", "message", "email", "smsNr"),
      token,
      link: `${ctx.origin}/visit/${token}`,
      revoked: false,
      wrongPins: 0,
    };
    ctx.state.visits.push(visit);
    sendInvitation(ctx, visit);
    return { status: 200, body: visitJson(visit, ctx.state.clock.now()) };
  },
  revokeUnlockDoorDelegation: ({ state, faults }, p) => {
    const visit = state.visits.find((v) => v.id === p.visitId);
    if (!visit) return badRequest(`visit ${p.visitId} does not exist`);
    if (visit.revoked) return badRequest(`visit ${p.visitId} is already revoked`);
    if (!faults.lyingRevoke()) visit.revoked = true;
    return { status: 204 };
  },

  getDigitalKeyVisits: ({ state }, _p, query) => ({
    status: 200,
    body: paged(state.digitalKeyVisits, query).map((v) => digitalKeyVisitJson(v, state.clock.now())),
  }),
  getDigitalKeyVisit: ({ state }, p) => {
    const visit = state.digitalKeyVisits.find((v) => v.id === p.digitalKeyVisitId);
    return visit ? { status: 200, body: digitalKeyVisitJson(visit, state.clock.now()) } : notFound;
  },
  createDigitalKeyVisit: (ctx, _p, _q, body) => {
    const problem = checkDigitalKeyVisitPayload(ctx.state, body);
    if (problem) return badRequest(problem);
    const visit: SimDigitalKeyVisit = {
      id: randomUUID(),
      validFrom: body.validFrom as string,
      validTo: body.validTo as string,
      components: [...new Set(body.components as string[])],
      ...optional(body, "name", "message", "callbackUri"),
      formFactor: body.formFactor as SimDigitalKeyVisit["formFactor"],
      publicRegistrationId: body.publicRegistrationId as string,
      mobileApp: body.mobileApp as SimDigitalKeyVisit["mobileApp"],
      installNotification: body.installNotification === true,
      revoked: false,
    };
    ctx.state.digitalKeyVisits.push(visit);
    ensureDigitalKey(ctx, visit);
    return { status: 200, body: digitalKeyVisitJson(visit, ctx.state.clock.now()) };
  },
  revokeDigitalKeyVisit: ({ state, faults }, p) => {
    const visit = state.digitalKeyVisits.find((v) => v.id === p.digitalKeyVisitId);
    if (!visit) return badRequest(`digital key visit ${p.digitalKeyVisitId} does not exist`);
    if (visit.revoked) return badRequest(`digital key visit ${p.digitalKeyVisitId} is already revoked`);
    if (!faults.lyingRevoke()) visit.revoked = true;
    return { status: 204 };
  },
  getDigitalKeys: ({ state }, _p, query) => ({ status: 200, body: paged(state.digitalKeys, query) }),
  getDigitalKey: ({ state }, p) => {
    const key = state.digitalKeys.find((k) => k.id === p.mediumId);
    return key ? { status: 200, body: key } : notFound;
  },
};

export async function handleApiOperation(ctx: ApiContext, route: SwaggerRoute, query: URLSearchParams, body: unknown): Promise<ApiResult> {
  const handler = HANDLERS[route.operationId];
  if (!handler) return { status: 501, body: { message: `${route.operationId} is not simulated` } };
  const payload = body && typeof body === "object" && !Array.isArray(body) ? (body as Body) : {};
  return handler(ctx, route.pathParams, query, payload);
}

// exivo sends the link by SMS (preferred when both are given) or e-mail; never the PIN.
function sendInvitation(ctx: ApiContext, visit: SimVisit): void {
  const to = visit.smsNr ?? visit.email;
  if (!to) return;
  const site = ctx.state.installation.site.name;
  const intro = visit.message ? `${visit.message}\n\n` : "";
  const text = `${intro}${site}: you have been given access. Open the doors with this link: ${visit.link}\nYou receive the code separately.`;
  ctx.state.outbox.push({
    channel: visit.smsNr ? "sms" : "email",
    to,
    ...(visit.smsNr ? {} : { subject: `Your access to ${site}` }),
    text,
    at: ctx.state.clock.now(),
    visitId: visit.id,
  });
}

function ensureDigitalKey(ctx: ApiContext, visit: SimDigitalKeyVisit): void {
  const keys = ctx.state.digitalKeys;
  if (!keys.some((k) => k.publicRegistrationId === visit.publicRegistrationId && k.formFactor === visit.formFactor)) {
    keys.push({
      id: randomUUID(),
      cid: randomBytes(6).toString("hex"),
      formFactor: visit.formFactor,
      publicRegistrationId: visit.publicRegistrationId,
      mobileAppId: visit.mobileApp.id,
      state: "assignedButPending",
    });
  }
  if (!visit.installNotification) return;
  const text = `${ctx.state.installation.site.name}: install the ${visit.mobileApp.name ?? "dormakaba mobile access"} app to receive your digital key.`;
  const channel = visit.formFactor === "ma-email" ? "email" : "sms";
  ctx.state.outbox.push({ channel, to: visit.publicRegistrationId, text, at: ctx.state.clock.now(), visitId: visit.id });
}

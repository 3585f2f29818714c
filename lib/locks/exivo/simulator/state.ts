import type { SimClock } from "./clock";
import type { ExivoInstallation } from "./demo-installation";

// Everything the simulated exivo site holds, in memory. Answers are built from this by api-routes.ts.

export type SimVisit = {
  id: string;
  code: string;
  validFrom: string;
  validTo: string;
  components: string[];
  name?: string;
  message?: string;
  email?: string;
  smsNr?: string;
  /** Secret part of the link; the link page is /visit/{token}. */
  token: string;
  link: string;
  revoked: boolean;
  wrongPins: number;
};

export type SimDigitalKeyVisit = {
  id: string;
  validFrom: string;
  validTo: string;
  components: string[];
  name?: string;
  message?: string;
  formFactor: "ma-email" | "ma-phone" | "ma-custom";
  publicRegistrationId: string;
  mobileApp: { id: string; name?: string };
  installNotification: boolean;
  callbackUri?: string;
  revoked: boolean;
};

export type DigitalKeyState = "assignable" | "assignableButPending" | "assignedButPending" | "assigned" | "active" | "blocked" | "damaged" | "lost";
export type SimDigitalKey = { id: string; cid: string; formFactor: SimDigitalKeyVisit["formFactor"]; publicRegistrationId: string; mobileAppId: string; state: DigitalKeyState };

export type OutboxMessage = { channel: "sms" | "email"; to: string; subject?: string; text: string; at: Date; visitId: string };
export type UnlockRecord = { componentId: string; at: Date; via: "api" | "link" | "keypad" | "mobile_key"; visitId?: string };
export type RecordedRequest = {
  method: string;
  /** Below the base path, with the query string, e.g. "/{siteId}/visit?skip=0&limit=100". */
  path: string;
  pathname: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text when it was not JSON, or undefined when there was no body. */
  body: unknown;
  contentType?: string;
  /** Real (not simulated) epoch milliseconds: lets tests measure back-off without sleeping. */
  receivedAt: number;
  response?: { status: number; body: unknown };
};
export type WebhookDelivery = { name: string; body: unknown; status?: number; error?: string };

export type SimState = {
  installation: ExivoInstallation;
  clock: SimClock;
  visits: SimVisit[];
  digitalKeyVisits: SimDigitalKeyVisit[];
  digitalKeys: SimDigitalKey[];
  outbox: OutboxMessage[];
  unlocks: UnlockRecord[];
  requests: RecordedRequest[];
  webhookDeliveries: WebhookDelivery[];
  offlineDoors: Set<string>;
  /** Link-page sessions: session id -> visit token. */
  sessions: Map<string, string>;
};

export function createSimState(installation: ExivoInstallation, clock: SimClock): SimState {
  return {
    installation,
    clock,
    visits: [],
    digitalKeyVisits: [],
    digitalKeys: [],
    outbox: [],
    unlocks: [],
    requests: [],
    webhookDeliveries: [],
    offlineDoors: new Set(),
    sessions: new Map(),
  };
}

export const isExpired = (item: { validTo: string }, now: Date) => now.getTime() >= Date.parse(item.validTo);

export function findComponent(state: SimState, id: string) {
  return state.installation.components.find((component) => component.id === id);
}

export function isGatewayComponent(component: { templateIdentifier: string }): boolean {
  return component.templateIdentifier.toLowerCase().includes("gateway");
}

export function visitJson(visit: SimVisit, now: Date) {
  const { token: _token, wrongPins: _wrong, ...rest } = visit;
  return { ...rest, expired: isExpired(visit, now) };
}

export function digitalKeyVisitJson(visit: SimDigitalKeyVisit, now: Date) {
  return { ...visit, expired: isExpired(visit, now) };
}

import { findComponent, isExpired, isGatewayComponent, type SimState } from "./state";

// The rules exivo applies beyond the swagger's schemas (exivo.md, "What a faithful simulator does"), and the
// judgement a door makes when a credential is used.

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]00:00)$/i;
const PIN = /^[0-9]{4,6}$/;
const PHONE = /^\+[1-9][0-9]{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Body = Record<string, unknown>;

export function checkVisitPayload(state: SimState, body: Body): string | undefined {
  if (typeof body.code !== "string" || !PIN.test(body.code)) return "code is required and must be 4 to 6 digits";
  return checkWindowAndComponents(state, body);
}

export function checkDigitalKeyVisitPayload(state: SimState, body: Body): string | undefined {
  const id = String(body.publicRegistrationId);
  if (body.formFactor === "ma-phone" && !PHONE.test(id)) return "publicRegistrationId must be a phone number like +4179XXXXXXX";
  if (body.formFactor === "ma-email" && !EMAIL.test(id)) return "publicRegistrationId must be an e-mail address";
  if (body.formFactor === "ma-custom" && !UUID.test(id)) return "publicRegistrationId must be a uuid v4";
  const app = body.mobileApp as { id?: string } | undefined;
  if (!app?.id || !state.installation.mobileApps.some((known) => known.id === app.id)) return "mobileApp.id is not a registered mobile app";
  return checkWindowAndComponents(state, body);
}

function checkWindowAndComponents(state: SimState, body: Body): string | undefined {
  for (const field of ["validFrom", "validTo"] as const) {
    const value = body[field];
    if (typeof value !== "string" || !RFC3339_UTC.test(value) || Number.isNaN(Date.parse(value))) {
      return `${field} is required and must be an RFC 3339 UTC timestamp`;
    }
  }
  const from = Date.parse(body.validFrom as string);
  const to = Date.parse(body.validTo as string);
  if (to <= from) return "validTo must be after validFrom";
  if (to <= state.clock.now().getTime()) return "validTo must be in the future";
  const components = body.components;
  if (!Array.isArray(components) || components.length === 0) return "components must name at least one component";
  for (const id of components as string[]) {
    const component = findComponent(state, id);
    if (!component) return `component ${id} does not exist`;
    if (isGatewayComponent(component)) return `component ${id} is a gateway and cannot be opened`;
  }
  return undefined;
}

export type DenyReason =
  | "unknown_door"
  | "door_offline"
  | "unknown_pin"
  | "unknown_key"
  | "key_not_installed"
  | "revoked"
  | "door_not_in_visit"
  | "not_yet_valid"
  | "expired";

export type AccessDecision = { result: "permitted" | "denied"; reason?: DenyReason; visitId?: string; digitalKeyVisitId?: string };

type Grantish = { revoked: boolean; validFrom: string; validTo: string; components: string[] };

/** Why this visit may not open this door now; undefined when it may. */
export function judgeAccess(item: Grantish, componentId: string, now: Date): DenyReason | undefined {
  if (item.revoked) return "revoked";
  if (!item.components.includes(componentId)) return "door_not_in_visit";
  if (now.getTime() < Date.parse(item.validFrom)) return "not_yet_valid";
  if (isExpired(item, now)) return "expired";
  return undefined;
}

/** Of several candidates (visits sharing a PIN, digital-key visits of one phone) the first that may open wins. */
export function judgeCandidates<T extends Grantish & { id: string }>(candidates: T[], componentId: string, now: Date) {
  let firstDenial: { reason: DenyReason; id: string } | undefined;
  for (const candidate of candidates) {
    const reason = judgeAccess(candidate, componentId, now);
    if (!reason) return { permitted: candidate };
    firstDenial ??= { reason, id: candidate.id };
  }
  return { denied: firstDenial };
}

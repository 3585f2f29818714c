import type { FaultBox } from "./faults";
import { judgeAccess, judgeCandidates, type AccessDecision, type DenyReason } from "./rules";
import { digitalKeyVisitJson, findComponent, isGatewayComponent, type SimState, type SimVisit } from "./state";
import type { WebhookSender } from "./webhooks";

// What happens at a door: a PIN typed at its keypad, a phone presented, an "Open" on the link page, a remote
// unlock. Each is judged by the same rules and reported by webhook, as exivo would.

export type DoorDeps = { state: SimState; faults: FaultBox; sendWebhook: WebhookSender };

const INSTALLED = new Set(["active", "assigned", "assignable"]);

export function isDoorOffline(deps: DoorDeps, componentId: string): boolean {
  return deps.state.offlineDoors.has(componentId) || deps.faults.offlineDoors().has(componentId);
}

/** Unknown doors and gateways have no keypad; an offline door cannot report, so neither sends a webhook. */
function precheck(deps: DoorDeps, componentId: string): AccessDecision | undefined {
  const component = findComponent(deps.state, componentId);
  if (!component || isGatewayComponent(component)) return { result: "denied", reason: "unknown_door" };
  if (isDoorOffline(deps, componentId)) return { result: "denied", reason: "door_offline" };
  return undefined;
}

async function report(deps: DoorDeps, componentId: string, decision: AccessDecision, via: "keypad" | "mobile_key"): Promise<AccessDecision> {
  const refs = { ...(decision.visitId ? { visitId: decision.visitId } : {}), ...(decision.digitalKeyVisitId ? { digitalKeyVisitId: decision.digitalKeyVisitId } : {}) };
  if (decision.result === "permitted") {
    deps.state.unlocks.push({ componentId, at: deps.state.clock.now(), via, visitId: decision.visitId ?? decision.digitalKeyVisitId });
    await deps.sendWebhook("accessPermitted", { componentId, ...refs });
  } else {
    await deps.sendWebhook("accessDenied", { componentId, ...refs, reason: decision.reason });
  }
  return decision;
}

export async function enterPinAtDoor(deps: DoorDeps, input: { componentId: string; pin: string }): Promise<AccessDecision> {
  const early = precheck(deps, input.componentId);
  if (early) return early;
  const now = deps.state.clock.now();
  const candidates = deps.state.visits.filter((visit) => visit.code === input.pin);
  const { permitted, denied } = judgeCandidates(candidates, input.componentId, now);
  const decision: AccessDecision = permitted
    ? { result: "permitted", visitId: permitted.id }
    : { result: "denied", reason: denied?.reason ?? "unknown_pin", ...(denied ? { visitId: denied.id } : {}) };
  return report(deps, input.componentId, decision, "keypad");
}

export async function presentMobileKey(deps: DoorDeps, input: { componentId: string; phone: string }): Promise<AccessDecision> {
  const early = precheck(deps, input.componentId);
  if (early) return early;
  const key = deps.state.digitalKeys.find((k) => k.publicRegistrationId === input.phone);
  let decision: AccessDecision;
  if (!key) decision = { result: "denied", reason: "unknown_key" };
  else if (!INSTALLED.has(key.state)) decision = { result: "denied", reason: "key_not_installed" };
  else {
    const candidates = deps.state.digitalKeyVisits.filter((visit) => visit.publicRegistrationId === input.phone);
    const { permitted, denied } = judgeCandidates(candidates, input.componentId, deps.state.clock.now());
    decision = permitted
      ? { result: "permitted", digitalKeyVisitId: permitted.id }
      : { result: "denied", reason: denied?.reason ?? "unknown_key", ...(denied ? { digitalKeyVisitId: denied.id } : {}) };
  }
  return report(deps, input.componentId, decision, "mobile_key");
}

/** "Open" on the visit's link page (the PIN was checked at login). */
export async function openFromLink(deps: DoorDeps, visit: SimVisit, componentId: string): Promise<DenyReason | undefined> {
  const reason = judgeAccess(visit, componentId, deps.state.clock.now());
  if (reason) return reason;
  if (isDoorOffline(deps, componentId)) return "door_offline";
  deps.state.unlocks.push({ componentId, at: deps.state.clock.now(), via: "link", visitId: visit.id });
  await deps.sendWebhook("componentUnlocked", { componentId, visitId: visit.id });
  return undefined;
}

/** exivo: "only a request, no guarantee". An offline door just does not open. */
export async function unlockRemotely(deps: DoorDeps, componentId: string, delegatedUser?: string): Promise<void> {
  if (isDoorOffline(deps, componentId)) return;
  deps.state.unlocks.push({ componentId, at: deps.state.clock.now(), via: "api" });
  await deps.sendWebhook("componentUnlocked", { componentId, ...(delegatedUser ? { delegatedUser } : {}) });
}

/** The holder installed the app and picked up the key; exivo then calls each visit's callbackUri. */
export async function markDigitalKeyInstalled(deps: DoorDeps, input: { phone?: string; digitalKeyVisitId?: string }): Promise<void> {
  const phone = input.phone ?? deps.state.digitalKeyVisits.find((v) => v.id === input.digitalKeyVisitId)?.publicRegistrationId;
  const key = deps.state.digitalKeys.find((k) => k.publicRegistrationId === phone);
  if (!key) throw new Error(`No digital key for ${input.phone ?? input.digitalKeyVisitId}`);
  key.state = "active";
  const now = deps.state.clock.now();
  for (const visit of deps.state.digitalKeyVisits.filter((v) => v.publicRegistrationId === phone && v.callbackUri && !v.revoked)) {
    await fetch(visit.callbackUri!, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(digitalKeyVisitJson(visit, now)),
      signal: AbortSignal.timeout(5_000),
    }).then((r) => r.arrayBuffer(), () => undefined);
  }
}

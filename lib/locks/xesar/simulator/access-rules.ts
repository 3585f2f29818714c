import { normalizeLocal } from "../local-time";
import type { AccessProtocolEntry } from "./command-context";
import type { FaultState } from "./faults";
import type { InstallationState, SimInstallationPoint } from "./state";

// How a Xesar door judges a smartphone medium, at the simulator's clock. Like the real component, it compares
// LOCAL time with the medium's offset-less window, so daylight-saving behaviour is the lock's, not ours.

export type AccessDecision = { result: "permitted" | "denied"; reason: string };

export function isDoorOnline(state: InstallationState, faults: FaultState, point: SimInstallationPoint): boolean {
  return point.onlineStatus === "connected" && !faults.isDoorOffline(point.id);
}

export function judgeAccess(state: InstallationState, faults: FaultState, mediumId: string, point: SimInstallationPoint): AccessDecision {
  const medium = state.media.get(mediumId);
  if (!medium) return { result: "denied", reason: "unknown medium" };
  if (!isDoorOnline(state, faults, point)) return { result: "denied", reason: "door offline" };
  if (medium.mediumState === "REVOKED") return { result: "denied", reason: "medium revoked" };
  if (medium.registrationState !== "COMPLETED") return { result: "denied", reason: "registration not completed" };
  if (medium.mediumState !== "ACTIVE") return { result: "denied", reason: `medium ${medium.mediumState}` };
  const now = normalizeLocal(state.localNow(), state.timeZone);
  if (now < normalizeLocal(medium.accessBeginAt, state.timeZone)) return { result: "denied", reason: "before the access window" };
  if (now >= normalizeLocal(medium.accessEndAt, state.timeZone)) return { result: "denied", reason: "after the access window" };
  const authorized = medium.authorizations.some((authorization) =>
    authorization.installationPoint
      ? authorization.authorizationId === point.id
      : (state.zones.get(authorization.authorizationId)?.installationPoints ?? []).includes(point.id),
  );
  return authorized ? { result: "permitted", reason: "authorized" } : { result: "denied", reason: "not authorized at this door" };
}

/** The access-protocol entry the door reports: normal opening, or "media restricted" / blacklisted on denial. */
export function accessEntryFor(state: InstallationState, mediumId: string, point: SimInstallationPoint, decision: AccessDecision): AccessProtocolEntry {
  const medium = state.media.get(mediumId);
  const blacklisted = decision.reason === "medium revoked";
  const [eventNumber, eventType] =
    decision.result === "permitted" ? [0x0001, "NORMAL_OPENING"] : blacklisted ? [0xa001, "OPENING_NORMAL_BLACKLISTED"] : [0x0005, "MEDIA_RESTRICTED"];
  return {
    groupOfEvent: "MediumEvents",
    eventNumber,
    eventType,
    installationPointId: point.id,
    identificationMediumId: medium ? medium.id : mediumId,
    personId: medium?.personId ?? null,
  };
}

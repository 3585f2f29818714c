import { randomInt, randomUUID } from "node:crypto";
import { normalizeLocal } from "../local-time";
import type { CommandContext, CommandHandler } from "./command-context";
import { parseCommandBody } from "./command-schemas";
import { SimulatorError, type SimMedium } from "./state";

// Smartphone media: adding one sends a registration code by SMS (Xesar Mobile Service mode), valid 48 h.

export const addSmartphone: CommandHandler = (body, ctx) => {
  const command = parseCommandBody("AddSmartphoneToInstallationMapi", body);
  const { state } = ctx;
  if (state.media.has(command.id)) throw new SimulatorError(409, `identification medium ${command.id} already exists`);
  state.requirePerson(command.personId);
  assertWindow(command.accessBeginAt, command.accessEndAt, state.timeZone);
  for (const authorization of command.individualAuthorizations) assertTargetExists(ctx, authorization.authorizationId, authorization.installationPoint);
  const medium: SimMedium = {
    id: command.id,
    label: command.label ?? null,
    mediumType: "SMARTPHONE",
    personId: command.personId,
    phoneNumber: command.phoneNumber,
    messageLanguage: command.messageLanguage ?? null,
    accessBeginAt: command.accessBeginAt,
    accessEndAt: command.accessEndAt,
    validityBeginAt: state.localNow(),
    validityEndAt: command.accessEndAt,
    validityDuration: command.validityDuration ?? null,
    individualAuthorizationProfileIds: [randomUUID()],
    authorizations: command.individualAuthorizations.map((a) => ({ ...a, authorizationName: a.authorizationName ?? null, authorizationProfileId: null, timeProfileId: a.timeProfileId ?? null, timeProfileName: a.timeProfileName ?? null })),
    mediumState: "NEW",
    registrationState: "REGISTRATION_REQUESTED",
    registrationCode: "",
    registrationCodeValidUntil: "",
    mediumIdentifier: state.takeMediumIdentifier(),
    issuedAt: state.localNow(),
  };
  state.media.set(medium.id, medium);
  sendRegistrationCode(ctx, medium);
  const { authorizations, registrationCode: _code, ...visible } = medium;
  return [{ name: "SmartphoneAddedToInstallation", event: { ...visible, aggregateId: medium.id, individualAuthorizations: authorizations } }];
};

export const requestNewRegistrationCode: CommandHandler = (body, ctx) => {
  const command = parseCommandBody("RequestNewRegistrationCodeMapi", body);
  const medium = ctx.state.requireMedium(command.id);
  if (medium.mediumState === "REVOKED") throw new SimulatorError(409, `medium ${medium.id} is revoked`);
  if (medium.registrationState === "COMPLETED") throw new SimulatorError(409, `medium ${medium.id} is already registered`);
  sendRegistrationCode(ctx, medium);
  return [{ name: "NewRegistrationCodeRequested", event: { id: medium.id } }];
};

export const revokeSmartphone: CommandHandler = (body, ctx) => {
  const command = parseCommandBody("RevokeSmartphoneMapi", body);
  const medium = ctx.state.requireMedium(command.id);
  if (medium.mediumState === "REVOKED") throw new SimulatorError(409, `medium ${medium.id} is already revoked`);
  // The lying revoke answers exactly like a real one and changes nothing.
  if (!ctx.faults.lyingRevoke) medium.mediumState = "REVOKED";
  const doors = medium.authorizations.filter((a) => a.installationPoint).map((a) => a.authorizationId);
  const zones = medium.authorizations.filter((a) => !a.installationPoint).map((a) => a.authorizationId);
  const event = {
    aggregateId: medium.id,
    mediumIdentifier: medium.mediumIdentifier,
    installationPoints: doors,
    zones,
    authorizationProfileId: null,
    individualAuthorizations: medium.individualAuthorizationProfileIds,
    validityEnd: medium.validityEndAt,
    hasMasterKeyAccess: false,
  };
  return [{ name: "MediumRevoked", event }];
};

export function assertWindow(beginAt: string, endAt: string, timeZone: string): void {
  if (normalizeLocal(beginAt, timeZone) >= normalizeLocal(endAt, timeZone)) {
    throw new SimulatorError(400, `accessBeginAt ${beginAt} must be before accessEndAt ${endAt}`);
  }
}

export function assertTargetExists(ctx: CommandContext, authorizationId: string, installationPoint: boolean): void {
  const exists = installationPoint ? ctx.state.points.has(authorizationId) : ctx.state.zones.has(authorizationId);
  if (!exists) throw new SimulatorError(404, `${installationPoint ? "installation point" : "zone"} ${authorizationId} not found`);
}

function sendRegistrationCode(ctx: CommandContext, medium: SimMedium): void {
  const { state } = ctx;
  const code = String(randomInt(0, 100_000_000)).padStart(8, "0");
  const validUntil = new Date(state.clock.getTime() + ctx.registrationValidityMs);
  medium.registrationCode = code;
  medium.registrationCodeValidUntil = state.toLocal(validUntil);
  const until = medium.registrationCodeValidUntil.replace("T", " ");
  const text =
    medium.messageLanguage === "de"
      ? `Ihr EVVA Xesar Registrierungscode: ${code}. Bitte bis ${until} in der Xesar App eingeben.`
      : `Your EVVA Xesar registration code: ${code}. Enter it in the Xesar app before ${until}.`;
  state.outbox.push({ to: medium.phoneNumber, text, code, mediumId: medium.id, sentAt: new Date(state.clock), validUntil });
}

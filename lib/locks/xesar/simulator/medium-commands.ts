import type { CommandHandler, SimEvent } from "./command-context";
import { parseCommandBody } from "./command-schemas";
import { assertTargetExists, assertWindow } from "./smartphone-commands";
import { SimulatorError, type SimMedium } from "./state";

// Changing a medium in place: its access window and its individual authorizations.

export const setAccessBeginAt: CommandHandler = (body, { state }) => {
  const command = parseCommandBody("SetAccessBeginAtMapi", body);
  const medium = requireChangeable(state.requireMedium(command.id));
  assertWindow(command.accessBeginAt, medium.accessEndAt, state.timeZone);
  medium.accessBeginAt = command.accessBeginAt;
  return [buildMediumChanged(medium, state.localNow())];
};

export const setAccessEndAt: CommandHandler = (body, { state }) => {
  const command = parseCommandBody("SetAccessEndAtMapi", body);
  const medium = requireChangeable(state.requireMedium(command.id));
  assertWindow(medium.accessBeginAt, command.accessEndAt, state.timeZone);
  medium.accessEndAt = command.accessEndAt;
  medium.validityEndAt = command.accessEndAt;
  return [buildMediumChanged(medium, state.localNow())];
};

export const addInstallationPointAuthorization: CommandHandler = (body, ctx) => addAuthorization("AddInstallationPointAuthorizationToMediumMapi", body, ctx, true);
export const addZoneAuthorization: CommandHandler = (body, ctx) => addAuthorization("AddZoneAuthorizationToMediumMapi", body, ctx, false);
export const removeInstallationPointAuthorization: CommandHandler = (body, ctx) =>
  removeAuthorization("RemoveInstallationPointAuthorizationFromMediumMapi", body, ctx);
export const removeZoneAuthorization: CommandHandler = (body, ctx) => removeAuthorization("RemoveZoneAuthorizationFromMediumMapi", body, ctx);

function addAuthorization(
  name: "AddInstallationPointAuthorizationToMediumMapi" | "AddZoneAuthorizationToMediumMapi",
  body: unknown,
  ctx: Parameters<CommandHandler>[1],
  installationPoint: boolean,
): SimEvent[] {
  const command = parseCommandBody(name, body);
  const medium = requireChangeable(ctx.state.requireMedium(command.id));
  if (command.authorization.installationPoint !== installationPoint) {
    throw new SimulatorError(400, `${name} needs installationPoint=${installationPoint}`);
  }
  assertTargetExists(ctx, command.authorization.authorizationId, installationPoint);
  if (medium.authorizations.some((a) => a.authorizationId === command.authorization.authorizationId)) {
    throw new SimulatorError(409, `medium ${medium.id} already holds authorization ${command.authorization.authorizationId}`);
  }
  const authorization = {
    authorizationId: command.authorization.authorizationId,
    installationPoint,
    authorizationName: command.authorization.authorizationName ?? null,
    authorizationProfileId: null,
    timeProfileId: command.authorization.timeProfileId ?? null,
    timeProfileName: command.authorization.timeProfileName ?? null,
  };
  medium.authorizations.push(authorization);
  return [{ name: "IndividualAuthorizationsAddedToMedium", event: { id: medium.id, authorizationProfiles: [authorization] } }];
}

function removeAuthorization(
  name: "RemoveInstallationPointAuthorizationFromMediumMapi" | "RemoveZoneAuthorizationFromMediumMapi",
  body: unknown,
  ctx: Parameters<CommandHandler>[1],
): SimEvent[] {
  const command = parseCommandBody(name, body);
  const medium = requireChangeable(ctx.state.requireMedium(command.id));
  const before = medium.authorizations.length;
  medium.authorizations = medium.authorizations.filter((a) => a.authorizationId !== command.authorization);
  if (medium.authorizations.length === before) throw new SimulatorError(404, `medium ${medium.id} holds no authorization ${command.authorization}`);
  return [{ name: "IndividualAuthorizationsDeleted", event: { mediumId: medium.id, individualAuthorizations: [command.authorization] } }];
}

function requireChangeable(medium: SimMedium): SimMedium {
  if (medium.mediumState === "REVOKED") throw new SimulatorError(409, `medium ${medium.id} is revoked`);
  return medium;
}

function buildMediumChanged(medium: SimMedium, changedAt: string): SimEvent {
  return {
    name: "MediumChanged",
    event: {
      id: medium.id,
      label: medium.label,
      accessBeginAt: medium.accessBeginAt,
      accessEndAt: medium.accessEndAt,
      validFrom: medium.validityBeginAt,
      validUntil: medium.validityEndAt,
      validityDuration: medium.validityDuration,
      phoneNumber: medium.phoneNumber,
      messageLanguage: medium.messageLanguage,
      authorizationProfileId: null,
      disengagePeriod: null,
      changedAt,
    },
  };
}

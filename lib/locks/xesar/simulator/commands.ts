import { isDoorOnline } from "./access-rules";
import type { CommandHandler } from "./command-context";
import { parseCommandBody, type SimCommandName } from "./command-schemas";
import { addInstallationPointAuthorization, addZoneAuthorization, removeInstallationPointAuthorization, removeZoneAuthorization, setAccessBeginAt, setAccessEndAt } from "./medium-commands";
import { createPerson, deletePerson } from "./person-commands";
import { addSmartphone, requestNewRegistrationCode, revokeSmartphone } from "./smartphone-commands";
import { SimulatorError } from "./state";

// The commands the simulated server understands, by their topic name `xs3/1/cmd/<name>`.

const remoteDisengage: CommandHandler = (body, ctx) => {
  const command = parseCommandBody("RemoteDisengage", body);
  const point = ctx.state.requirePoint(command.installationPointId);
  if (!isDoorOnline(ctx.state, ctx.faults, point)) throw new SimulatorError(409, `installation point ${point.id} is not online`);
  ctx.accessEvents.push({
    groupOfEvent: "AdministrationComponent",
    eventNumber: command.extended ? 0xb007 : 0xb001,
    eventType: command.extended ? "OPENING_NORMAL_PROLONGED_REMOTE" : "OPENING_NORMAL_REMOTE",
    installationPointId: point.id,
    identificationMediumId: null,
    personId: null,
  });
  return [{ name: "RemoteDisengagePerformed", event: { ok: "true" } }];
};

export const COMMAND_HANDLERS: Record<SimCommandName, CommandHandler> = {
  CreatePersonMapi: createPerson,
  DeletePersonMapi: deletePerson,
  AddSmartphoneToInstallationMapi: addSmartphone,
  SetAccessBeginAtMapi: setAccessBeginAt,
  SetAccessEndAtMapi: setAccessEndAt,
  AddInstallationPointAuthorizationToMediumMapi: addInstallationPointAuthorization,
  AddZoneAuthorizationToMediumMapi: addZoneAuthorization,
  RemoveInstallationPointAuthorizationFromMediumMapi: removeInstallationPointAuthorization,
  RemoveZoneAuthorizationFromMediumMapi: removeZoneAuthorization,
  RequestNewRegistrationCodeMapi: requestNewRegistrationCode,
  RevokeSmartphoneMapi: revokeSmartphone,
  RemoteDisengage: remoteDisengage,
};

export function findCommandHandler(name: string): CommandHandler {
  const handler = (COMMAND_HANDLERS as Record<string, CommandHandler | undefined>)[name];
  if (!handler) throw new SimulatorError(400, `unknown command ${name}`);
  return handler;
}

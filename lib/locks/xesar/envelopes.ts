import { randomUUID } from "node:crypto";
import { commandTopic, QUERY_TOPIC } from "./topics";

// Command and query envelopes as Xesar Connect expects them: flat JSON with a client-made commandId and the
// session token; optional fields are sent as null, not left out.

export const COMMANDS = {
  createPerson: "CreatePersonMapi",
  deletePerson: "DeletePersonMapi",
  addSmartphone: "AddSmartphoneToInstallationMapi",
  setAccessBeginAt: "SetAccessBeginAtMapi",
  setAccessEndAt: "SetAccessEndAtMapi",
  addInstallationPointAuthorization: "AddInstallationPointAuthorizationToMediumMapi",
  addZoneAuthorization: "AddZoneAuthorizationToMediumMapi",
  removeInstallationPointAuthorization: "RemoveInstallationPointAuthorizationFromMediumMapi",
  removeZoneAuthorization: "RemoveZoneAuthorizationFromMediumMapi",
  requestNewRegistrationCode: "RequestNewRegistrationCodeMapi",
  revokeSmartphone: "RevokeSmartphoneMapi",
  remoteDisengage: "RemoteDisengage",
} as const;

export type CommandName = (typeof COMMANDS)[keyof typeof COMMANDS];

export const EVENTS = {
  personCreated: "PersonCreated",
  personDeleted: "PersonDeleted",
  smartphoneAdded: "SmartphoneAddedToInstallation",
  mediumChanged: "MediumChanged",
  authorizationsAdded: "IndividualAuthorizationsAddedToMedium",
  authorizationsDeleted: "IndividualAuthorizationsDeleted",
  newRegistrationCodeRequested: "NewRegistrationCodeRequested",
  mediumRevoked: "MediumRevoked",
  remoteDisengagePerformed: "RemoteDisengagePerformed",
  registrationStateUpdated: "MobileRegistrationStateUpdated",
} as const;

/** The event each command is answered with (there is no acknowledgement besides it). */
export const EXPECTED_EVENT: Record<CommandName, string> = {
  CreatePersonMapi: EVENTS.personCreated,
  DeletePersonMapi: EVENTS.personDeleted,
  AddSmartphoneToInstallationMapi: EVENTS.smartphoneAdded,
  SetAccessBeginAtMapi: EVENTS.mediumChanged,
  SetAccessEndAtMapi: EVENTS.mediumChanged,
  AddInstallationPointAuthorizationToMediumMapi: EVENTS.authorizationsAdded,
  AddZoneAuthorizationToMediumMapi: EVENTS.authorizationsAdded,
  RemoveInstallationPointAuthorizationFromMediumMapi: EVENTS.authorizationsDeleted,
  RemoveZoneAuthorizationFromMediumMapi: EVENTS.authorizationsDeleted,
  RequestNewRegistrationCodeMapi: EVENTS.newRegistrationCodeRequested,
  RevokeSmartphoneMapi: EVENTS.mediumRevoked,
  RemoteDisengage: EVENTS.remoteDisengagePerformed,
};

export const QUERY_RESOURCES = {
  installationPoints: "installation-points",
  zones: "zones",
  persons: "persons",
  identificationMedia: "identification-media",
  authorizationProfiles: "authorization-profiles",
} as const;

export type QueryResource = (typeof QUERY_RESOURCES)[keyof typeof QUERY_RESOURCES];

export type QueryFilter = { field: string; type: "eq" | "gt" | "lt" | "gte" | "lte" | "contains" | "empty" | "ne" | "isNull"; value?: string };
export type QueryParams = { pageOffset?: number; pageLimit?: number; sort?: string; language?: string; filters?: QueryFilter[] };

/** One individual authorization: a door (installation point) or a zone, without a date window of its own. */
export type AuthorizationData = {
  authorizationId: string;
  installationPoint: boolean;
  authorizationName: string | null;
  authorizationProfileId: string | null;
  timeProfileId: string | null;
  timeProfileName: string | null;
};

export type OutgoingMessage = { topic: string; id: string; payload: Record<string, unknown> };

export function buildCommand(name: CommandName, token: string, fields: Record<string, unknown>): OutgoingMessage {
  const commandId = randomUUID();
  return { topic: commandTopic(name), id: commandId, payload: { commandId, token, ...fields } };
}

export function buildQuery(resource: QueryResource, token: string, request: { id?: string; params?: QueryParams }): OutgoingMessage {
  const requestId = randomUUID();
  const params = request.id ? null : { pageOffset: 0, pageLimit: 50, sort: null, language: null, filters: [], ...request.params };
  return { topic: QUERY_TOPIC, id: requestId, payload: { resource, requestId, token, id: request.id ?? null, params } };
}

export function buildAuthorization(target: { kind: "accessPoint" | "zone"; id: string }): AuthorizationData {
  return {
    authorizationId: target.id,
    installationPoint: target.kind === "accessPoint",
    authorizationName: null,
    authorizationProfileId: null,
    timeProfileId: null,
    timeProfileName: null,
  };
}

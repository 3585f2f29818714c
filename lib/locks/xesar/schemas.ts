import { z } from "zod";

// The vendor JSON the driver reads, parsed defensively: unknown fields are ignored, fields the driver does
// not need are optional, enums are parsed as strings (Xesar adds values between versions).

const id = z.string().min(1);
const optionalString = z.string().nullish();

export const errorMessageSchema = z.object({
  reason: optionalString,
  correlationId: optionalString,
  error: z.coerce.number().int(),
});
export type ErrorMessage = z.infer<typeof errorMessageSchema>;

export const eventEnvelopeSchema = z.object({
  commandId: optionalString,
  event: z.record(z.string(), z.unknown()),
});

export const queryAnswerSchema = z.object({ requestId: id, response: z.unknown() });

export const queryListSchema = z.object({
  data: z.array(z.unknown()),
  totalCount: z.number().int().nonnegative(),
  filterCount: z.number().int().nonnegative().nullish(),
});

export const installationPointSchema = z.object({
  id,
  name: z.string(),
  description: optionalString,
  installationId: optionalString,
  componentType: optionalString,
  onlineStatus: optionalString,
  accessId: z.number().nullish(),
});
export type InstallationPoint = z.infer<typeof installationPointSchema>;

export const zoneSchema = z.object({
  id,
  name: optionalString,
  description: optionalString,
  installationPoints: z.array(id).nullish(),
});
export type Zone = z.infer<typeof zoneSchema>;

export const personSchema = z.object({
  id,
  firstName: optionalString,
  lastName: optionalString,
  externalId: optionalString,
});

export const identificationMediumSchema = z.object({
  id,
  label: optionalString,
  mediumType: optionalString,
  personId: optionalString,
  accessBeginAt: optionalString,
  accessEndAt: optionalString,
  individualAuthorizationProfileIds: z.array(id).nullish(),
  mediumState: z.string(),
  phoneNumber: optionalString,
  registrationState: optionalString,
  registrationCodeValidUntil: optionalString,
});
export type IdentificationMedium = z.infer<typeof identificationMediumSchema>;

export const authorizationProfileSchema = z.object({
  id,
  installationPoints: z.array(z.object({ id: optionalString })).nullish(),
  zones: z.array(z.object({ id })).nullish(),
});

export const smartphoneAddedSchema = z.object({
  aggregateId: id,
  personId: optionalString,
  phoneNumber: optionalString,
  accessBeginAt: optionalString,
  accessEndAt: optionalString,
  individualAuthorizations: z.array(z.object({ authorizationId: id, installationPoint: z.boolean().nullish() })).nullish(),
});

/** A door event on `xs3/1/ase/<group>/<number>` (the access-protocol entity, sent as is). */
export const accessProtocolEventSchema = z.object({
  id: optionalString,
  installationPointId: optionalString,
  identificationMediumId: optionalString,
  personId: optionalString,
  timestampUtc: optionalString,
  eventType: optionalString,
  groupOfEvent: optionalString,
  eventNumber: z.number().int().nullish(),
});
export type AccessProtocolEvent = z.infer<typeof accessProtocolEventSchema>;

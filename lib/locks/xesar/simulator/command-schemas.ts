import { DateTime } from "luxon";
import { z } from "zod";
import { SimulatorError } from "./state";

// The command bodies the simulated server accepts. A missing or malformed field is a 400, as on a real server.

const id = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a uuid");

/** Xesar dates are local date-times WITHOUT offset; an offset here means the client converted wrongly. */
export const localDateTime = z
  .string()
  .refine((value) => !/(Z|[+-]\d{2}:?\d{2})$/i.test(value), "must be a local date-time without offset")
  .refine((value) => DateTime.fromISO(value).isValid, "must be an ISO local date-time");

const authorizationData = z.object({
  authorizationId: id,
  installationPoint: z.boolean(),
  authorizationName: z.string().nullish(),
  authorizationProfileId: id.nullish(),
  timeProfileId: id.nullish(),
  timeProfileName: z.string().nullish(),
});

export const commandSchemas = {
  CreatePersonMapi: z.object({
    id,
    firstName: z.string(),
    lastName: z.string().min(1),
    identifier: z.string().nullish(),
    externalId: z.string().nullish(),
  }),
  DeletePersonMapi: z.object({ id: id.nullish(), externalId: z.string().nullish() }).refine((body) => body.id || body.externalId, "id or externalId is required"),
  AddSmartphoneToInstallationMapi: z.object({
    id,
    personId: id,
    phoneNumber: z.string().regex(/^\+[1-9]\d{6,14}$/, "must be E.164"),
    messageLanguage: z.string().nullish(),
    label: z.string().nullish(),
    accessBeginAt: localDateTime,
    accessEndAt: localDateTime,
    validityDuration: z.number().int().nullish(),
    authorizationProfileId: id.nullish(),
    individualAuthorizations: z.array(authorizationData),
    partitionId: id.nullish(),
    disengagePeriod: z.string().nullish(),
  }),
  SetAccessBeginAtMapi: z.object({ id, accessBeginAt: localDateTime }),
  SetAccessEndAtMapi: z.object({ id, accessEndAt: localDateTime }),
  AddInstallationPointAuthorizationToMediumMapi: z.object({ id, authorization: authorizationData }),
  AddZoneAuthorizationToMediumMapi: z.object({ id, authorization: authorizationData }),
  RemoveInstallationPointAuthorizationFromMediumMapi: z.object({ id, authorization: id }),
  RemoveZoneAuthorizationFromMediumMapi: z.object({ id, authorization: id }),
  RequestNewRegistrationCodeMapi: z.object({ id }),
  RevokeSmartphoneMapi: z.object({ id }),
  RemoteDisengage: z.object({ installationPointId: id, extended: z.boolean().nullish() }),
} as const;

export type SimCommandName = keyof typeof commandSchemas;

export function parseCommandBody<N extends SimCommandName>(name: N, body: unknown): z.infer<(typeof commandSchemas)[N]> {
  const parsed = commandSchemas[name].safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
    throw new SimulatorError(400, `${name}: ${detail}`);
  }
  return parsed.data as z.infer<(typeof commandSchemas)[N]>;
}

import { z } from "zod";

// Zod schemas of the exivo JSON this driver reads (exivo-api.swagger.json v1.1.0, definitions of the same names).
// The swagger marks nearly every field optional; we require only what the mapping cannot do without, so a
// vendor adding or nulling an unrelated field does not break the integration.

const rfc3339 = z.string().refine((value) => !Number.isNaN(Date.parse(value)), "not an RFC 3339 timestamp");
const text = z.string().nullish();
const flag = z.boolean().nullish();
const ids = z.array(z.string()).nullish();

export const siteInfoSchema = z.object({
  id: text,
  name: z.string(),
  language: text,
  timeZone: text,
  type: text,
});

export const componentSchema = z.object({
  id: z.string().min(1),
  identifier: text,
  labelling: text,
  remarks: text,
  accessZones: ids,
  templateIdentifier: text,
  ready: flag,
  open: flag,
});

export const accessZoneSchema = z.object({ id: z.string().min(1), name: text, color: text });

export const visitSchema = z.object({
  id: z.string().min(1),
  code: text,
  validFrom: rfc3339,
  validTo: rfc3339,
  components: ids,
  name: text,
  message: text,
  email: text,
  smsNr: text,
  link: text,
  expired: flag,
  revoked: flag,
});

export const digitalKeyVisitSchema = z.object({
  id: z.string().min(1),
  expired: flag,
  revoked: flag,
  name: text,
  validFrom: rfc3339,
  validTo: rfc3339,
  components: ids,
  formFactor: text,
  publicRegistrationId: text,
  installNotification: flag,
  message: text,
});

export const digitalKeySchema = z.object({
  id: z.string().min(1),
  formFactor: text,
  publicRegistrationId: text,
  mobileAppId: text,
  state: text,
});

export const webhookSchema = z.object({
  name: z.string().min(1),
  occurredAt: rfc3339,
  payload: z.object({
    componentId: z.string().min(1),
    visitId: text,
    digitalKeyVisitId: text,
  }),
});

export type ExivoSiteInfo = z.infer<typeof siteInfoSchema>;
export type ExivoComponent = z.infer<typeof componentSchema>;
export type ExivoAccessZone = z.infer<typeof accessZoneSchema>;
export type ExivoVisit = z.infer<typeof visitSchema>;
export type ExivoDigitalKeyVisit = z.infer<typeof digitalKeyVisitSchema>;
export type ExivoDigitalKey = z.infer<typeof digitalKeySchema>;

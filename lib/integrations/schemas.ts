import { z } from "zod";
import { isIanaTimeZone } from "@/lib/sites/time-zones";

// One schema per form, shared by the react-hook-form resolver and the server action. Secret fields left empty
// mean "keep the stored secret" when editing; a new integration needs them all.

export const EXIVO_DEFAULT_BASE_URL = "https://api.exivo.io/v1";
/** The operator's zip holds four small text files; anything near this size is not one. */
export const MAX_CONFIG_ZIP_BYTES = 256 * 1024;

const E = "cockpitIntegrations.errors";
const name = z.string().trim().min(1, `${E}.nameRequired`).max(120, `${E}.nameTooLong`);
const secret = z.string().trim().max(20_000, `${E}.tooLong`);
const integrationId = z.union([z.uuid(), z.literal("")]).optional();
/** host, host:port or mqtt(s)://host[:port]; normalised by normaliseBrokerUrl. */
const BROKER = /^((mqtts?):\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exivoIntegrationSchema = z
  .object({
    integrationId,
    name,
    baseUrl: z.url({ protocol: /^https?$/, error: `${E}.baseUrl` }),
    siteId: z.string().trim().regex(UUID, `${E}.siteId`),
    apiKey: secret,
    apiSecret: secret,
  })
  .superRefine((input, ctx) => {
    if (input.integrationId) return;
    for (const field of ["apiKey", "apiSecret"] as const) {
      if (!input[field]) ctx.addIssue({ code: "custom", path: [field], message: `${E}.secretRequired` });
    }
  });

export const xesarIntegrationSchema = z
  .object({
    integrationId,
    name,
    /** "zip": the operator's configuration zip; "pem": certificates and token pasted. */
    source: z.enum(["zip", "pem"]),
    brokerUrl: z.string().trim().refine((value) => value === "" || BROKER.test(value), `${E}.brokerUrl`),
    userId: z.string().trim().refine((value) => value === "" || UUID.test(value), `${E}.userId`),
    installationTimeZone: z.string().trim().refine(isIanaTimeZone, `${E}.timeZone`),
    token: secret,
    caPem: secret.refine((value) => value === "" || value.includes("-----BEGIN CERTIFICATE-----"), `${E}.certificatePem`),
    certPem: secret.refine((value) => value === "" || value.includes("-----BEGIN CERTIFICATE-----"), `${E}.certificatePem`),
    keyPem: secret.refine((value) => value === "" || /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value), `${E}.keyPem`),
    /** The zip, base64-encoded by the browser; parsed and checked on the server only. */
    configZip: z.string().max(Math.ceil((MAX_CONFIG_ZIP_BYTES * 4) / 3) + 8, `${E}.zipTooLarge`),
  })
  .superRefine((input, ctx) => {
    const require = (field: keyof typeof input, message = `${E}.required`) => {
      if (!input[field]) ctx.addIssue({ code: "custom", path: [field], message });
    };
    const isNew = !input.integrationId;
    if (input.source === "zip") {
      if (isNew) require("configZip", `${E}.zipRequired`);
      return;
    }
    require("brokerUrl");
    require("userId");
    if (!isNew) return;
    require("token", `${E}.secretRequired`);
    // A plain mqtt:// broker (a local test broker) needs no certificates; mutual TLS needs all three.
    if (!input.brokerUrl.startsWith("mqtt://")) for (const field of ["caPem", "certPem", "keyPem"] as const) require(field, `${E}.secretRequired`);
  });

export const integrationIdSchema = z.object({ integrationId: z.uuid() });

export type ExivoIntegrationInput = z.infer<typeof exivoIntegrationSchema>;
export type ExivoIntegrationFormValues = z.input<typeof exivoIntegrationSchema>;
export type XesarIntegrationInput = z.infer<typeof xesarIntegrationSchema>;
export type XesarIntegrationFormValues = z.input<typeof xesarIntegrationSchema>;

/** "xesar.example.com:8883" -> "mqtts://xesar.example.com:8883": Xesar Connect is mutual TLS unless told otherwise. */
export function normaliseBrokerUrl(value: string): string {
  const trimmed = value.trim();
  return /^mqtts?:\/\//.test(trimmed) ? trimmed : `mqtts://${trimmed}`;
}

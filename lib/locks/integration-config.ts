import { z } from "zod";

// What Keyslot stores per lock integration: non-secret settings (lock_integrations.settings, JSON) and
// secret credentials (lock_integrations.credentials_encrypted, an AES-GCM envelope of this JSON).

export const xesarSettingsSchema = z.object({
  brokerUrl: z.string().regex(/^mqtts?:\/\/[^\s/]+(:\d+)?$/, { error: "locks.errors.brokerUrl" }),
  userId: z.uuid({ error: "locks.errors.userId" }),
  installationTimeZone: z.string().min(1),
});
export const xesarCredentialsSchema = z.object({
  token: z.string().min(1),
  caPem: z.string().optional(),
  certPem: z.string().optional(),
  keyPem: z.string().optional(),
});

export const exivoSettingsSchema = z.object({
  baseUrl: z.url({ error: "locks.errors.baseUrl" }),
  siteId: z.uuid({ error: "locks.errors.siteId" }),
  mobileAppId: z.string().optional(),
});
export const exivoCredentialsSchema = z.object({
  apiKey: z.string().min(1),
  apiSecret: z.string().min(1),
  webhookAuth: z.string().optional(),
});

export type XesarConfig = { vendor: "xesar"; settings: z.infer<typeof xesarSettingsSchema>; credentials: z.infer<typeof xesarCredentialsSchema> };
export type ExivoConfig = { vendor: "exivo"; settings: z.infer<typeof exivoSettingsSchema>; credentials: z.infer<typeof exivoCredentialsSchema> };
export type IntegrationConfig = XesarConfig | ExivoConfig;

export function parseIntegrationConfig(vendor: string, settings: unknown, credentials: unknown): IntegrationConfig {
  if (vendor === "xesar") {
    return { vendor, settings: xesarSettingsSchema.parse(settings), credentials: xesarCredentialsSchema.parse(credentials) };
  }
  if (vendor === "exivo") {
    return { vendor, settings: exivoSettingsSchema.parse(settings), credentials: exivoCredentialsSchema.parse(credentials) };
  }
  throw new Error(`Unknown lock vendor ${vendor}`);
}

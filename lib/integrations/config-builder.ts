import { z } from "zod";
import { parseIntegrationConfig, type IntegrationConfig } from "@/lib/locks/integration-config";
import { AppError } from "@/lib/errors/app-error";
import { normaliseBrokerUrl, type ExivoIntegrationInput, type XesarIntegrationInput } from "./schemas";
import { decodeConfigZip, readXesarConfigZip } from "./xesar-config-zip";

// Form input + what is stored -> the integration's next settings and credentials. Empty secret fields keep the
// stored secret; settings the form does not show (exivo mobile app, webhook auth) are carried over.

export type Previous = { settings: Record<string, unknown>; credentials: Record<string, string> } | null;
export type BuiltConfig = { config: IntegrationConfig; changedSecrets: string[] };

const nonEmpty = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));

export function buildExivoConfig(input: ExivoIntegrationInput, previous: Previous): BuiltConfig {
  const fresh = nonEmpty({ apiKey: input.apiKey, apiSecret: input.apiSecret });
  const settings = { ...previous?.settings, baseUrl: input.baseUrl, siteId: input.siteId };
  return finish("exivo", settings, { ...previous?.credentials, ...fresh }, previous, Object.keys(fresh));
}

export function buildXesarConfig(input: XesarIntegrationInput, previous: Previous): BuiltConfig {
  if (input.source === "zip" && input.configZip) {
    const zip = readXesarConfigZip(decodeConfigZip(input.configZip));
    const broker = input.brokerUrl || zip.brokerAddress;
    if (!broker) throw new AppError("VALIDATION", "cockpitIntegrations.errors.zipNoBroker", { brokerUrl: ["cockpitIntegrations.errors.zipNoBroker"] });
    const fresh = { token: zip.token, caPem: zip.caPem, certPem: zip.certPem, keyPem: zip.keyPem };
    const settings = { ...previous?.settings, brokerUrl: normaliseBrokerUrl(broker), userId: zip.userId, installationTimeZone: input.installationTimeZone };
    return finish("xesar", settings, { ...previous?.credentials, ...fresh }, previous, Object.keys(fresh));
  }
  const fresh = nonEmpty({ token: input.token, caPem: input.caPem, certPem: input.certPem, keyPem: input.keyPem });
  const brokerUrl = input.brokerUrl || String(previous?.settings.brokerUrl ?? "");
  const userId = input.userId || String(previous?.settings.userId ?? "");
  const settings = { ...previous?.settings, brokerUrl: brokerUrl && normaliseBrokerUrl(brokerUrl), userId, installationTimeZone: input.installationTimeZone };
  return finish("xesar", settings, { ...previous?.credentials, ...fresh }, previous, Object.keys(fresh));
}

function finish(vendor: "exivo" | "xesar", settings: Record<string, unknown>, credentials: Record<string, string>, previous: Previous, candidates: string[]): BuiltConfig {
  let config: IntegrationConfig;
  try {
    config = parseIntegrationConfig(vendor, settings, credentials);
  } catch (error) {
    if (error instanceof z.ZodError) {
      const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? "_form")))];
      throw new AppError("VALIDATION", "cockpitIntegrations.errors.incomplete", Object.fromEntries(fields.map((f) => [f, ["cockpitIntegrations.errors.required"]])));
    }
    throw error;
  }
  const changedSecrets = candidates.filter((field) => previous?.credentials[field] !== credentials[field]);
  return { config, changedSecrets };
}

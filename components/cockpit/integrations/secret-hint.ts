import type { Translate } from "@/lib/i18n/translate";

/** What the form may say about a stored secret: whether it is set, never its value. */
export function secretHint(t: Translate, isSet: boolean | undefined, verifiedAt: string | null): string {
  if (!isSet) return t("cockpitIntegrations.keepSecretHint");
  const state = verifiedAt ? t("cockpitIntegrations.secretSetVerified", { at: verifiedAt }) : t("cockpitIntegrations.secretSet");
  return `${state}. ${t("cockpitIntegrations.keepSecretHint")}`;
}

/** The stored state of a secret as the form shows it: "Set, last verified …" or nothing for a new connection. */
export type SecretState = { secretsSet: Record<string, boolean>; verifiedAt: string | null } | null;

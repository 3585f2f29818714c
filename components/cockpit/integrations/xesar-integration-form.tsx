"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveXesarIntegrationAction } from "@/lib/integrations/actions";
import { xesarIntegrationSchema, type XesarIntegrationFormValues, type XesarIntegrationInput } from "@/lib/integrations/schemas";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { applyFieldErrors } from "./apply-field-errors";
import { ConfigZipInput } from "./config-zip-input";
import { FormStatus } from "./form-status";
import { secretHint, type SecretState } from "./secret-hint";
import { TextareaField } from "./textarea-field";

const FIELDS = ["name", "source", "brokerUrl", "userId", "installationTimeZone", "token", "caPem", "certPem", "keyPem", "configZip"] as const;
const SECRETS = ["token", "caPem", "certPem", "keyPem"] as const;

type Props = {
  timeZones: string[];
  defaultTimeZone: string;
  integration?: { id: string; name: string; settings: Record<string, string> } & NonNullable<SecretState>;
};

/** Connect or edit an EVVA Xesar installation, from the operator's configuration zip or pasted PEM files. */
export function XesarIntegrationForm({ timeZones, defaultTimeZone, integration }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState<{ error: string | null; success: string | null }>({ error: null, success: null });
  const [zipKey, setZipKey] = useState(0);
  const form = useForm<XesarIntegrationFormValues, unknown, XesarIntegrationInput>({
    resolver: zodResolver(xesarIntegrationSchema),
    defaultValues: {
      integrationId: integration?.id ?? "",
      name: integration?.name ?? t("integrations.vendors.xesar"),
      source: integration ? "pem" : "zip",
      brokerUrl: integration?.settings.brokerUrl ?? "",
      userId: integration?.settings.userId ?? "",
      installationTimeZone: integration?.settings.installationTimeZone || defaultTimeZone,
      token: "",
      caPem: "",
      certPem: "",
      keyPem: "",
      configZip: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const source = form.watch("source");
  const errorText = (message?: string) => (message ? t(message) : undefined);
  const hint = (field: (typeof SECRETS)[number]) => (integration ? secretHint(t, integration.secretsSet[field], integration.verifiedAt) : undefined);

  const onSubmit = form.handleSubmit(async () => {
    setStatus({ error: null, success: null });
    const response = await saveXesarIntegrationAction(form.getValues());
    if (!response.ok) {
      const misplaced = applyFieldErrors(form, response.fieldErrors, FIELDS);
      setStatus({ error: [translateActionError(t, response), ...misplaced.map((key) => t(key))].join(" "), success: null });
      return;
    }
    // Nothing secret stays in the page after the save: pasted keys and the chosen zip are cleared.
    form.reset({ ...form.getValues(), token: "", caPem: "", certPem: "", keyPem: "", configZip: "" });
    setZipKey((key) => key + 1);
    if (!integration) return router.push(`/cockpit/integrations/${response.data.id}`);
    setStatus({ error: null, success: t("cockpitIntegrations.saved") });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("cockpitIntegrations.settings")}>
      <FormStatus {...status} />
      <Field label={t("cockpitIntegrations.name")} hint={t("cockpitIntegrations.nameHint")} error={errorText(errors.name?.message)} id="xesar-name" {...form.register("name")} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-stone-700">{t("cockpitIntegrations.xesar.source")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["zip", "pem"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" value={value} {...form.register("source")} />
              {t(value === "zip" ? "cockpitIntegrations.xesar.sourceZip" : "cockpitIntegrations.xesar.sourcePem")}
            </label>
          ))}
        </div>
      </fieldset>
      {source === "zip" ? (
        <ConfigZipInput
          key={zipKey}
          label={t("cockpitIntegrations.xesar.configZip")}
          hint={t(integration ? "cockpitIntegrations.xesar.configZipReplaceHint" : "cockpitIntegrations.xesar.configZipHint")}
          error={errorText(errors.configZip?.message)}
          onChange={(base64) => {
            form.setValue("configZip", base64);
            form.clearErrors("configZip");
          }}
          onTooLarge={() => form.setError("configZip", { message: "cockpitIntegrations.errors.zipTooLarge" })}
        />
      ) : null}
      <Field
        label={t("cockpitIntegrations.xesar.brokerUrl")}
        hint={source === "zip" ? `${t("cockpitIntegrations.xesar.brokerUrlHint")} ${t("cockpitIntegrations.xesar.brokerUrlZipHint")}` : t("cockpitIntegrations.xesar.brokerUrlHint")}
        error={errorText(errors.brokerUrl?.message)}
        id="xesar-broker-url"
        autoComplete="off"
        {...form.register("brokerUrl")}
      />
      <SelectField
        label={t("cockpitIntegrations.xesar.installationTimeZone")}
        hint={t("cockpitIntegrations.xesar.installationTimeZoneHint")}
        error={errorText(errors.installationTimeZone?.message)}
        id="xesar-time-zone"
        options={timeZones.map((zone) => ({ value: zone, label: zone }))}
        {...form.register("installationTimeZone")}
      />
      {source === "pem" ? (
        <>
          <Field label={t("cockpitIntegrations.xesar.userId")} error={errorText(errors.userId?.message)} id="xesar-user-id" autoComplete="off" {...form.register("userId")} />
          <Field
            label={t("cockpitIntegrations.xesar.token")}
            hint={hint("token")}
            error={errorText(errors.token?.message)}
            id="xesar-token"
            type="password"
            autoComplete="new-password"
            {...form.register("token")}
          />
          {(["caPem", "certPem", "keyPem"] as const).map((field) => (
            <TextareaField
              key={field}
              label={t(`cockpitIntegrations.xesar.${field}`)}
              hint={hint(field)}
              error={errorText(errors[field]?.message)}
              id={`xesar-${field}`}
              rows={4}
              spellCheck={false}
              autoComplete="off"
              {...form.register(field)}
            />
          ))}
        </>
      ) : null}
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className="self-start">
        {isSubmitting ? t("cockpitIntegrations.saving") : t("cockpitIntegrations.save")}
      </Button>
    </form>
  );
}

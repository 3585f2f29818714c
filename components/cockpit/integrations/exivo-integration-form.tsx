"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveExivoIntegrationAction } from "@/lib/integrations/actions";
import { EXIVO_DEFAULT_BASE_URL, exivoIntegrationSchema, type ExivoIntegrationFormValues, type ExivoIntegrationInput } from "@/lib/integrations/schemas";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { applyFieldErrors } from "./apply-field-errors";
import { FormStatus } from "./form-status";
import { secretHint, type SecretState } from "./secret-hint";

const FIELDS = ["name", "baseUrl", "siteId", "apiKey", "apiSecret"] as const;

type Props = { integration?: { id: string; name: string; settings: Record<string, string> } & NonNullable<SecretState> };

/** Connect or edit a dormakaba exivo site. Secrets are write-only: empty keeps what is stored. */
export function ExivoIntegrationForm({ integration }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState<{ error: string | null; success: string | null }>({ error: null, success: null });
  const form = useForm<ExivoIntegrationFormValues, unknown, ExivoIntegrationInput>({
    resolver: zodResolver(exivoIntegrationSchema),
    defaultValues: {
      integrationId: integration?.id ?? "",
      name: integration?.name ?? t("integrations.vendors.exivo"),
      baseUrl: integration?.settings.baseUrl || EXIVO_DEFAULT_BASE_URL,
      siteId: integration?.settings.siteId ?? "",
      apiKey: "",
      apiSecret: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = (message?: string) => (message ? t(message) : undefined);

  const onSubmit = form.handleSubmit(async () => {
    setStatus({ error: null, success: null });
    const response = await saveExivoIntegrationAction(form.getValues());
    if (!response.ok) {
      const misplaced = applyFieldErrors(form, response.fieldErrors, FIELDS);
      setStatus({ error: [translateActionError(t, response), ...misplaced.map((key) => t(key))].join(" "), success: null });
      return;
    }
    // Secrets typed once are not kept in the page after the save.
    form.reset({ ...form.getValues(), apiKey: "", apiSecret: "" });
    if (!integration) return router.push(`/cockpit/integrations/${response.data.id}`);
    setStatus({ error: null, success: t("cockpitIntegrations.saved") });
    router.refresh();
  });

  const hint = (field: "apiKey" | "apiSecret") => (integration ? secretHint(t, integration.secretsSet[field], integration.verifiedAt) : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("cockpitIntegrations.settings")}>
      <FormStatus {...status} />
      <Field label={t("cockpitIntegrations.name")} hint={t("cockpitIntegrations.nameHint")} error={errorText(errors.name?.message)} id="exivo-name" {...form.register("name")} />
      <Field
        label={t("cockpitIntegrations.exivo.baseUrl")}
        hint={t("cockpitIntegrations.exivo.baseUrlHint", { url: EXIVO_DEFAULT_BASE_URL })}
        error={errorText(errors.baseUrl?.message)}
        id="exivo-base-url"
        inputMode="url"
        {...form.register("baseUrl")}
      />
      <Field
        label={t("cockpitIntegrations.exivo.siteId")}
        hint={t("cockpitIntegrations.exivo.siteIdHint")}
        error={errorText(errors.siteId?.message)}
        id="exivo-site-id"
        autoComplete="off"
        {...form.register("siteId")}
      />
      <Field
        label={t("cockpitIntegrations.exivo.apiKey")}
        hint={hint("apiKey")}
        error={errorText(errors.apiKey?.message)}
        id="exivo-api-key"
        type="password"
        autoComplete="off"
        {...form.register("apiKey")}
      />
      <Field
        label={t("cockpitIntegrations.exivo.apiSecret")}
        hint={hint("apiSecret")}
        error={errorText(errors.apiSecret?.message)}
        id="exivo-api-secret"
        type="password"
        autoComplete="new-password"
        {...form.register("apiSecret")}
      />
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className="self-start">
        {isSubmitting ? t("cockpitIntegrations.saving") : t("cockpitIntegrations.save")}
      </Button>
    </form>
  );
}

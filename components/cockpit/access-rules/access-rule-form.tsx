"use client";

import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { accessRuleSchema, type AccessRuleFormValues, type AccessRuleInput } from "@/lib/access-rules/schemas";
import { createAccessRuleAction, updateAccessRuleAction } from "@/lib/access-rules/actions";
import { credentialsFor, RULE_CREDENTIALS } from "@/lib/access-rules/credentials";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { CheckboxField } from "@/components/cockpit/resources/checkbox-field";
import { IdentifierField } from "@/components/cockpit/resources/identifier-field";
import type { RuleChoices, RuleRow } from "./types";

type Props = { choices: RuleChoices; rule: RuleRow | null; onDone: (message: string) => void; onCancel: () => void };

const FIELDS = ["kind", "resourceId", "communityId", "integrationId", "bufferBeforeMinutes", "bufferAfterMinutes", "credentialType", "sendPinBySms"] as const;
const isField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);
const toMinutes = (value: unknown) => (value === "" || value === null || value === undefined ? NaN : Number(value));

export function defaultsOf(rule: RuleRow | null): AccessRuleFormValues {
  return {
    kind: rule?.kind ?? "booking",
    resourceId: rule?.resourceId ?? null,
    communityId: rule?.communityId ?? null,
    integrationId: rule?.integrationId ?? null,
    accessIdentifier: rule?.accessIdentifier ?? "",
    bufferBeforeMinutes: rule?.bufferBeforeMinutes ?? 0,
    bufferAfterMinutes: rule?.bufferAfterMinutes ?? 0,
    credentialType: rule?.credentialType === "mobile_key" ? "mobile_key" : "pin_link",
    sendPinBySms: rule?.sendPinBySms ?? false,
  };
}

/** Add or edit one access rule; the schema is the one the actions parse with. */
export function AccessRuleForm({ choices, rule, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [identifierError, setIdentifierError] = useState<string | undefined>();
  const form = useForm<AccessRuleFormValues, unknown, AccessRuleInput>({ resolver: zodResolver(accessRuleSchema), defaultValues: defaultsOf(rule) });
  const { errors, isSubmitting } = form.formState;
  const [kind, resourceId, integrationId, credentialType] = form.watch(["kind", "resourceId", "integrationId", "credentialType"]);
  const resource = choices.resources.find((option) => option.id === resourceId);
  const lockSystemId = kind === "booking" ? (resource?.integrationId ?? null) : integrationId;
  const vendor = kind === "booking" ? resource?.vendor : choices.integrations.find((option) => option.id === integrationId)?.vendor;
  const credentials = vendor ? credentialsFor(vendor) : [...RULE_CREDENTIALS];
  const errorText = (message?: string) => (message ? t(message) : undefined);
  const choose = (label: string) => ({ value: "", label });

  // A lock system that cannot issue the chosen credential gets its own default (Xesar: mobile key).
  const offered = credentials.join(",");
  useEffect(() => {
    const allowed = offered.split(",") as typeof credentials;
    if (!allowed.includes(credentialType)) form.setValue("credentialType", allowed[0]!);
    if ((credentialType !== "pin_link" || kind !== "booking") && form.getValues("sendPinBySms")) form.setValue("sendPinBySms", false);
  }, [offered, credentialType, kind, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setIdentifierError(undefined);
    const response = rule ? await updateAccessRuleAction({ ruleId: rule.id, rule: values }) : await createAccessRuleAction(values);
    if (response.ok) return onDone(t(rule ? "accessRuleAdmin.saved" : "accessRuleAdmin.created"));
    for (const [path, messages] of Object.entries(response.fieldErrors ?? {})) {
      const key = path.replace(/^rule\./, "");
      if (key === "accessIdentifier") setIdentifierError(t(messages[0]!, response.values));
      else if (isField(key)) form.setError(key, { message: messages[0] });
    }
    setError(translateActionError(t, response));
  });

  const nullable = (value: string) => (value === "" ? null : value);

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t(rule ? "accessRuleAdmin.editTitle" : "accessRuleAdmin.addTitle")}>
        <h2 className="text-lg font-semibold">{t(rule ? "accessRuleAdmin.editTitle" : "accessRuleAdmin.addTitle")}</h2>
        {error ? <Alert>{error}</Alert> : null}
        <fieldset className="flex flex-wrap gap-4" disabled={rule !== null}>
          <legend className="mb-1 text-sm font-medium text-stone-700">{t("accessRuleAdmin.kind")}</legend>
          {(["booking", "community"] as const).map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="radio" value={option} className="accent-brand-600" {...form.register("kind")} />
              {t(`access.ruleKinds.${option}`)}
            </label>
          ))}
        </fieldset>
        {kind === "booking" ? (
          <SelectField
            id="rule-resource"
            label={t("accessRuleAdmin.resource")}
            hint={t("accessRuleAdmin.resourceHint")}
            options={[
              choose(t("accessRuleAdmin.chooseResource")),
              ...choices.resources.map((option) => {
                const name = `${option.siteName} – ${option.name}`;
                return { value: option.id, label: option.vendor ? name : t("accessRuleAdmin.noLockSystemOption", { name }) };
              }),
            ]}
            error={errorText(errors.resourceId?.message)}
            {...form.register("resourceId", { setValueAs: nullable })}
          />
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="rule-community"
              label={t("accessRuleAdmin.community")}
              options={[choose(t("accessRuleAdmin.chooseCommunity")), ...choices.communities.map((option) => ({ value: option.id, label: option.name }))]}
              error={errorText(errors.communityId?.message)}
              {...form.register("communityId", { setValueAs: nullable })}
            />
            <SelectField
              id="rule-integration"
              label={t("accessRuleAdmin.integration")}
              options={[choose(t("accessRuleAdmin.chooseIntegration")), ...choices.integrations.map((option) => ({ value: option.id, label: option.name }))]}
              error={errorText(errors.integrationId?.message)}
              {...form.register("integrationId", { setValueAs: nullable })}
            />
          </div>
        )}
        <Controller
          control={form.control}
          name="accessIdentifier"
          render={({ field }) => (
            <IdentifierField
              id="rule-identifier"
              label={t(kind === "booking" ? "accessRuleAdmin.extraIdentifier" : "accessRuleAdmin.communityIdentifier")}
              hint={t(kind === "booking" ? "accessRuleAdmin.extraIdentifierHint" : "accessRuleAdmin.communityIdentifierHint")}
              value={field.value ?? ""}
              onChange={(value) => {
                setIdentifierError(undefined);
                field.onChange(value);
              }}
              onBlur={field.onBlur}
              doors={lockSystemId ? (choices.doorsByIntegration[lockSystemId] ?? []) : null}
              submitError={identifierError ?? errorText(errors.accessIdentifier?.message)}
            />
          )}
        />
        {kind === "booking" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              id="rule-buffer-before"
              type="number"
              inputMode="numeric"
              min={0}
              max={240}
              label={t("accessRuleAdmin.bufferBeforeMinutes")}
              error={errorText(errors.bufferBeforeMinutes?.message)}
              {...form.register("bufferBeforeMinutes", { setValueAs: toMinutes })}
            />
            <Field
              id="rule-buffer-after"
              type="number"
              inputMode="numeric"
              min={0}
              max={240}
              label={t("accessRuleAdmin.bufferAfterMinutes")}
              error={errorText(errors.bufferAfterMinutes?.message)}
              {...form.register("bufferAfterMinutes", { setValueAs: toMinutes })}
            />
          </div>
        ) : null}
        <SelectField
          id="rule-credential"
          label={t("accessRuleAdmin.credentialType")}
          hint={t("accessRuleAdmin.credentialHint")}
          options={credentials.map((option) => ({ value: option, label: t(`access.credentialTypes.${option}`) }))}
          error={errorText(errors.credentialType?.message)}
          {...form.register("credentialType")}
        />
        {kind === "booking" && credentialType === "pin_link" ? (
          <CheckboxField
            id="rule-sms"
            label={t("accessRuleAdmin.sendPinBySms")}
            hint={t("accessRuleAdmin.sendPinBySmsHint")}
            error={errorText(errors.sendPinBySms?.message)}
            {...form.register("sendPinBySms")}
          />
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("common.saving") : t(rule ? "common.save" : "accessRuleAdmin.create")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("accessRuleAdmin.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createResourceSchema, type CreateResourceInput, type ResourceFormValues } from "@/lib/resources/schemas";
import { createResourceAction, updateResourceAction } from "@/lib/resources/actions";
import type { DoorOption } from "@/lib/resources/identifier-check";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldFrame, controlClass } from "@/components/ui/field-frame";
import { SelectField } from "@/components/ui/select-field";
import { CheckboxField } from "./checkbox-field";
import { IdentifierField } from "./identifier-field";
import { RulesFields } from "./rules-fields";

export type SiteOption = { id: string; name: string; hasLockSystem: boolean; doors: DoorOption[] };

type Props = { sites: SiteOption[]; resourceId?: string; defaultValues: ResourceFormValues };

const KNOWN_KINDS = ["room", "meeting_room", "seminar_room", "laundry", "guest_flat", "workshop"];
const FIELDS = ["siteId", "name", "kind", "description", "capacity", "requiresApproval", "requiresPhone", "accessIdentifier"] as const;
const isTopField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);

/** Create (no resourceId) or edit a resource; the same schema validates here and in the action. */
export function ResourceForm({ sites, resourceId, defaultValues }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState<{ saved: boolean; error: string | null }>({ saved: false, error: null });
  const [identifierError, setIdentifierError] = useState<string | undefined>();
  const form = useForm<ResourceFormValues, unknown, CreateResourceInput>({ resolver: zodResolver(createResourceSchema), defaultValues, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;
  const site = sites.find((option) => option.id === form.watch("siteId"));
  const errorText = (message?: string) => (message ? t(message) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus({ saved: false, error: null });
    setIdentifierError(undefined);
    const response = resourceId ? await updateResourceAction({ ...values, resourceId }) : await createResourceAction(values);
    if (response.ok) {
      if (!resourceId) return router.push(`/cockpit/resources/${response.data.id}`);
      form.reset(values);
      setStatus({ saved: true, error: null });
      router.refresh();
      return;
    }
    for (const [key, messages] of Object.entries(response.fieldErrors ?? {})) {
      const text = t(messages[0]!, response.values);
      if (key === "accessIdentifier") setIdentifierError(text);
      else if (isTopField(key)) form.setError(key, { message: messages[0] });
    }
    setStatus({ saved: false, error: translateActionError(t, response) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6" aria-label={t(resourceId ? "resourceAdmin.editTitle" : "resourceAdmin.createTitle")}>
      {status.error ? <Alert>{status.error}</Alert> : null}
      {status.saved ? <Alert tone="success">{t("resourceAdmin.saved")}</Alert> : null}
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">{t("resourceAdmin.basics")}</h2>
        {resourceId ? null : (
          <SelectField
            id="resource-site"
            label={t("resourceAdmin.site")}
            hint={t("resourceAdmin.siteHint")}
            options={[{ value: "", label: "—" }, ...sites.map((option) => ({ value: option.id, label: option.name }))]}
            error={errorText(errors.siteId?.message)}
            {...form.register("siteId")}
          />
        )}
        <Field id="resource-name" label={t("resourceAdmin.name")} error={errorText(errors.name?.message)} {...form.register("name")} />
        <Field id="resource-kind" label={t("resourceAdmin.kind")} hint={t("resourceAdmin.kindHint")} list="resource-kinds" error={errorText(errors.kind?.message)} {...form.register("kind")} />
        <datalist id="resource-kinds">
          {KNOWN_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`resources.kinds.${kind}`)}
            </option>
          ))}
        </datalist>
        <FieldFrame fieldId="resource-description" label={t("resourceAdmin.description")} error={errorText(errors.description?.message)}>
          <textarea id="resource-description" rows={3} className={controlClass(errors.description?.message)} {...form.register("description")} />
        </FieldFrame>
        <Field
          id="resource-capacity"
          type="number"
          inputMode="numeric"
          min={1}
          label={t("resourceAdmin.capacity")}
          hint={t("resourceAdmin.capacityHint")}
          error={errorText(errors.capacity?.message)}
          {...form.register("capacity", { setValueAs: (value) => (value === "" || value === null ? null : Number(value)) })}
        />
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">{t("resourceAdmin.access")}</h2>
        <Controller
          control={form.control}
          name="accessIdentifier"
          render={({ field }) => (
            <IdentifierField
              id="resource-identifier"
              label={t("resourceAdmin.accessIdentifier")}
              hint={t("resourceAdmin.accessIdentifierHint")}
              value={field.value ?? ""}
              onChange={(value) => {
                setIdentifierError(undefined);
                field.onChange(value);
              }}
              onBlur={field.onBlur}
              doors={site?.hasLockSystem ? site.doors : null}
              submitError={identifierError ?? errorText(errors.accessIdentifier?.message)}
            />
          )}
        />
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">{t("resourceAdmin.booking")}</h2>
        <CheckboxField id="resource-approval" label={t("resourceAdmin.requiresApproval")} {...form.register("requiresApproval")} />
        <CheckboxField id="resource-phone" label={t("resourceAdmin.requiresPhone")} hint={t("resourceAdmin.requiresPhoneHint")} {...form.register("requiresPhone")} />
        <h3 className="mt-2 font-semibold">{t("resourceAdmin.rules.title")}</h3>
        <RulesFields form={form} />
      </Card>
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {isSubmitting ? t("common.saving") : t(resourceId ? "common.save" : "resourceAdmin.create")}
      </Button>
    </form>
  );
}

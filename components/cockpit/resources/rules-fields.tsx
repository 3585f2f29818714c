"use client";

import type { UseFormReturn } from "react-hook-form";
import type { CreateResourceInput, ResourceFormValues } from "@/lib/resources/schemas";
import { useI18n } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { OpeningHoursFields } from "./opening-hours-fields";

type Form = UseFormReturn<ResourceFormValues, unknown, CreateResourceInput>;
type NumberRule = "minDurationMinutes" | "maxDurationMinutes" | "minLeadMinutes" | "maxDaysAhead" | "maxActiveBookingsPerPerson" | "bufferBeforeMinutes" | "bufferAfterMinutes";

// The ranges of lib/resources/rules.ts, to say them in the error when zod's own message is not an i18n key.
const RANGES: Record<NumberRule, [number, number]> = {
  minDurationMinutes: [15, 20160],
  maxDurationMinutes: [15, 20160],
  minLeadMinutes: [0, 43200],
  maxDaysAhead: [1, 730],
  maxActiveBookingsPerPerson: [1, 100],
  bufferBeforeMinutes: [0, 240],
  bufferAfterMinutes: [0, 240],
};

const toNumber = (value: unknown) => (value === "" || value === null || value === undefined ? NaN : Number(value));
const toOptionalNumber = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

export function RulesFields({ form }: { form: Form }) {
  const { t } = useI18n();
  const errors = form.formState.errors.rules;
  const errorOf = (name: NumberRule) => {
    const message = errors?.[name]?.message;
    if (!message) return undefined;
    return message.startsWith("engine.") ? t(message) : t("resourceAdmin.errors.outOfRange", { min: RANGES[name][0], max: RANGES[name][1] });
  };
  const number = (name: NumberRule, hint?: string) => (
    <Field
      key={name}
      id={`rules-${name}`}
      type="number"
      inputMode="numeric"
      min={RANGES[name][0]}
      max={RANGES[name][1]}
      label={t(`resourceAdmin.rules.${name}`)}
      hint={hint}
      error={errorOf(name)}
      {...form.register(`rules.${name}`, { setValueAs: name === "maxActiveBookingsPerPerson" ? toOptionalNumber : toNumber })}
    />
  );

  return (
    <div className="flex flex-col gap-4">
      <OpeningHoursFields form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="rules-slotMinutes"
          label={t("resourceAdmin.rules.slotMinutes")}
          options={[15, 30, 60].map((minutes) => ({ value: String(minutes), label: t("resourceAdmin.rules.slotOption", { minutes }) }))}
          error={errors?.slotMinutes?.message ? t("resourceAdmin.errors.number") : undefined}
          {...form.register("rules.slotMinutes", { setValueAs: (value) => Number(value) })}
        />
        {number("minDurationMinutes")}
        {number("maxDurationMinutes")}
        {number("minLeadMinutes")}
        {number("maxDaysAhead")}
        {number("maxActiveBookingsPerPerson", t("resourceAdmin.rules.maxActiveBookingsHint"))}
        {number("bufferBeforeMinutes", t("resourceAdmin.rules.buffersHint"))}
        {number("bufferAfterMinutes")}
      </div>
    </div>
  );
}

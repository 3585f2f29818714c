"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { WEEKDAYS, type Weekday } from "@/lib/resources/rules";
import type { CreateResourceInput, ResourceFormValues } from "@/lib/resources/schemas";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field-frame";

type Form = UseFormReturn<ResourceFormValues, unknown, CreateResourceInput>;

/** Opening hours per weekday: up to four intervals a day, none means closed. Times as HH:MM text (24:00 allowed). */
export function OpeningHoursFields({ form }: { form: Form }) {
  const { t } = useI18n();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-stone-700">{t("resourceAdmin.rules.openingHours")}</legend>
      <p className="text-xs text-stone-500">{t("resourceAdmin.rules.openingHoursHint")}</p>
      <div className="flex flex-col divide-y divide-stone-100 rounded-md border border-stone-200">
        {WEEKDAYS.map((day) => (
          <DayRow key={day} form={form} day={day} />
        ))}
      </div>
    </fieldset>
  );
}

function DayRow({ form, day }: { form: Form; day: Weekday }) {
  const { t } = useI18n();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `rules.openingHours.${day}` as const });
  const dayName = t(`resourceAdmin.weekdays.${day}`);
  const errors = form.formState.errors.rules?.openingHours?.[day];
  return (
    <div className="flex flex-wrap items-start gap-3 px-3 py-2" role="group" aria-label={dayName}>
      <span className="w-24 pt-2 text-sm font-medium text-stone-700">{dayName}</span>
      <div className="flex flex-1 flex-col gap-2">
        {fields.length === 0 ? <span className="pt-2 text-sm text-stone-500">{t("resourceAdmin.rules.closed")}</span> : null}
        {fields.map((field, index) => {
          const intervalErrors = Array.isArray(errors) ? errors[index] : undefined;
          const message = intervalErrors?.from?.message ?? intervalErrors?.to?.message;
          const values = form.getValues(`rules.openingHours.${day}.${index}`);
          return (
            <div key={field.id} className="flex flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <input
                  aria-label={`${dayName} ${t("resourceAdmin.rules.from")}`}
                  className={`${controlClass(intervalErrors?.from?.message)} w-24 font-mono`}
                  inputMode="numeric"
                  placeholder="07:00"
                  {...form.register(`rules.openingHours.${day}.${index}.from` as const)}
                />
                <span aria-hidden>–</span>
                <input
                  aria-label={`${dayName} ${t("resourceAdmin.rules.to")}`}
                  className={`${controlClass(intervalErrors?.to?.message)} w-24 font-mono`}
                  inputMode="numeric"
                  placeholder="22:00"
                  {...form.register(`rules.openingHours.${day}.${index}.to` as const)}
                />
                <Button
                  type="button"
                  variant="ghost"
                  className="px-2 py-1"
                  aria-label={t("resourceAdmin.rules.removeInterval", { from: values?.from ?? "", to: values?.to ?? "", day: dayName })}
                  onClick={() => remove(index)}
                >
                  ✕
                </Button>
              </div>
              {message ? (
                <p role="alert" className="text-xs text-red-700">
                  {t(message)}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {fields.length < 4 ? (
        <Button
          type="button"
          variant="secondary"
          className="px-2 py-1 text-xs"
          aria-label={t("resourceAdmin.rules.addInterval", { day: dayName })}
          title={t("resourceAdmin.rules.addInterval", { day: dayName })}
          onClick={() => append({ from: "08:00", to: "18:00" })}
        >
          +
        </Button>
      ) : null}
    </div>
  );
}

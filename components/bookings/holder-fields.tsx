"use client";

import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { CreateBookingFormValues, CreateBookingInput } from "@/lib/bookings/schemas";
import { useI18n } from "@/components/i18n-provider";
import { Field } from "@/components/ui/field";

type HolderFieldsProps = {
  form: UseFormReturn<CreateBookingFormValues, unknown, CreateBookingInput>;
  requiresPhone: boolean;
  errorText: (message?: string) => string | undefined;
};

/** "Book for someone else": the person the door access goes to. */
export function HolderFields({ form, requiresPhone, errorText }: HolderFieldsProps) {
  const { t } = useI18n();
  const forSomeoneElse = form.watch("forSomeoneElse");
  const { errors } = form.formState;

  // Hidden fields must not block the booking: what was typed for someone else is dropped when unticked.
  useEffect(() => {
    if (forSomeoneElse) return;
    for (const field of ["holderName", "holderPhone", "holderEmail"] as const) form.setValue(field, "");
    form.clearErrors(["holderName", "holderPhone", "holderEmail"]);
  }, [form, forSomeoneElse]);

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="sr-only">{t("booking.form.forSomeoneElse")}</legend>
      <label className="flex items-start gap-2 text-sm font-medium text-stone-700">
        <input type="checkbox" className="mt-0.5 h-4 w-4 rounded border-stone-300" aria-describedby="booking-for-someone-else-hint" {...form.register("forSomeoneElse")} />
        <span>
          {t("booking.form.forSomeoneElse")}
          <span id="booking-for-someone-else-hint" className="block text-xs font-normal text-stone-500">
            {t("booking.form.forSomeoneElseHint")}
          </span>
        </span>
      </label>
      {forSomeoneElse ? (
        <div className="grid gap-4 border-l-2 border-brand-100 pl-4 sm:grid-cols-2">
          <Field
            label={t("booking.form.holderName")}
            autoComplete="off"
            required
            error={errorText(errors.holderName?.message)}
            {...form.register("holderName")}
            id="booking-holder-name"
          />
          <Field
            label={t("booking.form.holderPhone")}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            required={requiresPhone}
            hint={t(requiresPhone ? "booking.form.holderPhoneRequiredHint" : "booking.form.holderPhoneHint")}
            error={errorText(errors.holderPhone?.message)}
            {...form.register("holderPhone")}
            id="booking-holder-phone"
          />
          <Field
            label={t("booking.form.holderEmail")}
            type="email"
            autoComplete="off"
            error={errorText(errors.holderEmail?.message)}
            {...form.register("holderEmail")}
            id="booking-holder-email"
            className="sm:col-span-2"
          />
        </div>
      ) : null}
    </fieldset>
  );
}

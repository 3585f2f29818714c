"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createBookingAction } from "@/lib/bookings/actions";
import { createBookingSchema, type CreateBookingFormValues, type CreateBookingInput } from "@/lib/bookings/schemas";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { HolderFields } from "./holder-fields";
import { translateActionError } from "./translate-action-error";

const FIELDS = ["holderName", "holderPhone", "holderEmail", "note"] as const;
const isFormField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);

type BookingFormProps = {
  resource: { id: string; requiresPhone: boolean };
  /** The doors a booking would open (previewBookingDoors), null when none; undefined: no preview. */
  accessDoors?: string[] | null;
  /** The chosen period; null until a start is picked (the form stays mounted so typed details survive). */
  start: string | null;
  end: string | null;
  /** Gets the translated refusal; the planner shows it and reloads the grid, as the slot may just have been taken. */
  onRefused: (message: string) => void;
};

export function BookingForm({ resource, accessDoors, start, end, onRefused }: BookingFormProps) {
  const { t } = useI18n();
  const router = useRouter();
  const [done, setDone] = useState(false);
  // The schema is shared with the action; only the UI knows the resource, so it adds the phone requirement
  // here for a message next to the field. The service refuses such bookings as well.
  const schema = useMemo(
    () =>
      resource.requiresPhone
        ? createBookingSchema.superRefine((input, ctx) => {
            if (input.forSomeoneElse && !input.holderPhone) ctx.addIssue({ code: "custom", path: ["holderPhone"], message: "booking.errors.phoneRequired" });
          })
        : createBookingSchema,
    [resource.requiresPhone],
  );
  const form = useForm<CreateBookingFormValues, unknown, CreateBookingInput>({
    resolver: zodResolver(schema),
    defaultValues: { resourceId: resource.id, start: start ?? "", end: end ?? "", forSomeoneElse: false, holderName: "", holderPhone: "", holderEmail: "", note: "" },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    form.setValue("start", start ?? "");
    form.setValue("end", end ?? "");
  }, [form, start, end]);

  // The action receives the values as typed, not the parsed ones: it parses them itself with the same schema.
  const onSubmit = form.handleSubmit(async () => {
    const { forSomeoneElse, holderName, holderPhone, holderEmail, note, ...period } = form.getValues();
    const holder = forSomeoneElse ? { holderName, holderPhone, holderEmail } : {};
    const response = await createBookingAction({ ...period, forSomeoneElse: Boolean(forSomeoneElse), ...holder, note });
    if (response.ok) {
      setDone(true);
      router.push(`/bookings/${response.data.id}`);
      return;
    }
    const misplaced: string[] = [];
    for (const [key, messages] of Object.entries(response.fieldErrors ?? {})) {
      if (isFormField(key)) form.setError(key, { message: messages[0] });
      else if (messages[0]) misplaced.push(messages[0]);
    }
    onRefused([translateActionError(t, response), ...misplaced.map((key) => t(key))].join(" "));
  });

  const errorText = (message?: string) => (message ? t(message) : undefined);
  // Start and end come from the grid, not from inputs: their errors are shown above the form.
  const periodError = start ? (errors.start?.message ?? errors.end?.message) : undefined;
  const busy = isSubmitting || done;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("booking.form.label")}>
      {periodError ? <Alert>{t(periodError)}</Alert> : null}
      <HolderFields form={form} requiresPhone={resource.requiresPhone} errorText={errorText} />
      <div className="flex flex-col gap-1">
        <label htmlFor="booking-note" className="text-sm font-medium text-stone-700">
          {t("booking.form.note")}
        </label>
        <textarea
          id="booking-note"
          rows={2}
          maxLength={500}
          aria-describedby={errors.note ? "booking-note-error" : "booking-note-hint"}
          aria-invalid={errors.note ? true : undefined}
          className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500"
          {...form.register("note")}
        />
        {errors.note ? (
          <p id="booking-note-error" role="alert" className="text-xs text-red-700">
            {errorText(errors.note.message)}
          </p>
        ) : (
          <p id="booking-note-hint" className="text-xs text-stone-500">
            {t("booking.form.noteHint")}
          </p>
        )}
      </div>
      {accessDoors !== undefined ? <AccessPreview doors={accessDoors} /> : null}
      <Button type="submit" disabled={busy || !start} aria-busy={busy} className="self-start">
        {busy ? t("booking.booking") : t("booking.book")}
      </Button>
    </form>
  );
}

/** "This booking will open: ..." before booking, from the same plan the access engine follows. */
function AccessPreview({ doors }: { doors: string[] | null }) {
  const { t } = useI18n();
  if (!doors) return <p className="text-sm text-stone-600" data-testid="access-preview">{t("bookingAccess.preview.none")}</p>;
  return (
    <div className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950" data-testid="access-preview">
      <p className="font-medium">{t("bookingAccess.preview.heading")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {doors.map((door) => (
          <li key={door} data-testid="access-preview-door">
            {door}
          </li>
        ))}
      </ul>
    </div>
  );
}

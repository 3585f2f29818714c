"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { updateMemberPhoneAction } from "@/lib/people/member-actions";
import { updateMemberPhoneSchema, type UpdateMemberPhoneFormValues } from "@/lib/people/member-schemas";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Shows the number, and on "Edit" a small form (libphonenumber-js on both sides, stored in E.164). */
export function MemberPhoneEditor({ userId, phone, name, notSet }: { userId: string; phone: string | null; name: string; notSet: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<UpdateMemberPhoneFormValues, unknown, z.output<typeof updateMemberPhoneSchema>>({
    resolver: zodResolver(updateMemberPhoneSchema),
    defaultValues: { userId, phone: phone ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  if (!editing) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <span className={phone ? "whitespace-nowrap" : "text-stone-400"}>{phone ?? notSet}</span>
        <Button type="button" variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setEditing(true)} aria-label={t("members.phoneOf", { name })}>
          {t("members.editPhone")}
        </Button>
      </div>
    );
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const response = await updateMemberPhoneAction(values);
    if (response.ok) {
      setEditing(false);
      form.reset({ userId, phone: response.data.phone ?? "" });
      router.refresh();
      return;
    }
    const field = response.fieldErrors?.phone?.[0];
    if (field) form.setError("phone", { message: field });
    else setError(translateActionError(t, response));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2" aria-label={t("members.phoneOf", { name })}>
      <Field
        label={t("members.phoneOf", { name })}
        type="tel"
        inputMode="tel"
        autoFocus
        error={errors.phone?.message ? t(errors.phone.message) : undefined}
        {...form.register("phone")}
        id={`phone-${userId}`}
        className="min-w-48"
      />
      <Button type="submit" className="px-3 py-1" disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("members.save")}
      </Button>
      <Button type="button" variant="ghost" className="px-3 py-1" onClick={() => setEditing(false)}>
        {t("members.cancel")}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { invitePersonAction } from "@/lib/people/member-actions";
import { invitePersonSchema, ROLES, type InvitePersonFormValues, type InvitePersonInput } from "@/lib/people/member-schemas";
import { LOCALES } from "@/lib/i18n/translate";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

const FIELDS = ["name", "email", "phone", "role", "locale"] as const;
const isField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);
const EMPTY: InvitePersonFormValues = { name: "", email: "", phone: "", role: "resident", locale: "de" };

/** Invites a resident or admin: account + membership, and an e-mail with a sign-in link. */
export function InvitePersonForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [result, setResult] = useState<{ invited: string | null; error: string | null }>({ invited: null, error: null });
  const form = useForm<InvitePersonFormValues, unknown, InvitePersonInput>({ resolver: zodResolver(invitePersonSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const errorText = (message?: string) => (message ? t(message) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setResult({ invited: null, error: null });
    const response = await invitePersonAction(values);
    if (response.ok) {
      form.reset(EMPTY);
      setResult({ invited: values.email, error: null });
      router.refresh();
      return;
    }
    for (const [key, messages] of Object.entries(response.fieldErrors ?? {})) if (isField(key)) form.setError(key, { message: messages[0] });
    setResult({ invited: null, error: translateActionError(t, response) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={t("members.invite")}>
      {result.error ? <div className="sm:col-span-2"><Alert>{result.error}</Alert></div> : null}
      {result.invited ? <div className="sm:col-span-2"><Alert tone="success">{t("members.invited", { email: result.invited })}</Alert></div> : null}
      <Field label={t("members.name")} autoComplete="off" error={errorText(errors.name?.message)} {...form.register("name")} id="invite-name" />
      <Field label={t("members.email")} type="email" autoComplete="off" error={errorText(errors.email?.message)} {...form.register("email")} id="invite-email" />
      <Field
        label={t("members.phone")}
        type="tel"
        inputMode="tel"
        hint={t("members.phoneHint")}
        error={errorText(errors.phone?.message)}
        {...form.register("phone")}
        id="invite-phone"
      />
      <div className="grid grid-cols-2 gap-4">
        <SelectField
          label={t("members.role")}
          options={ROLES.map((role) => ({ value: role, label: t(`people.roles.${role}`) }))}
          error={errorText(errors.role?.message)}
          {...form.register("role")}
          id="invite-role"
        />
        <SelectField
          label={t("members.language")}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`members.languages.${locale}`) }))}
          error={errorText(errors.locale?.message)}
          {...form.register("locale")}
          id="invite-locale"
        />
      </div>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className="justify-self-start sm:col-span-2">
        {isSubmitting ? t("members.sending") : t("members.send")}
      </Button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { profileSchema, type ProfileFormValues, type ProfileInput } from "@/lib/people/schemas";
import { saveProfile } from "@/lib/people/actions";
import { LOCALES } from "@/lib/i18n/translate";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Alert } from "@/components/ui/card";

const FIELDS = ["name", "phone", "locale"] as const;
const isProfileField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);

export function ProfileForm({ email, defaultValues }: { email: string; defaultValues: ProfileFormValues }) {
  const { t } = useI18n();
  const [result, setResult] = useState<{ saved: boolean; error: string | null }>({ saved: false, error: null });
  const form = useForm<ProfileFormValues, unknown, ProfileInput>({ resolver: zodResolver(profileSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const errorText = (message?: string) => (message ? t(message) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setResult({ saved: false, error: null });
    const response = await saveProfile(values);
    if (response.ok) {
      // Show what was stored: the phone number comes back in E.164.
      form.reset({ name: response.data.name ?? "", phone: response.data.phone ?? "", locale: response.data.locale });
      setResult({ saved: true, error: null });
      return;
    }
    for (const [key, messages] of Object.entries(response.fieldErrors ?? {})) {
      if (isProfileField(key)) form.setError(key, { message: messages[0] });
    }
    setResult({ saved: false, error: response.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("profile.title")}>
      {result.error ? <Alert>{t(result.error)}</Alert> : null}
      {result.saved ? <Alert tone="success">{t("profile.saved")}</Alert> : null}
      <Field label={t("profile.email")} value={email} readOnly hint={t("profile.emailHint")} id="profile-email" type="email" />
      <Field label={t("profile.name")} autoComplete="name" error={errorText(errors.name?.message)} {...form.register("name")} id="profile-name" />
      <Field
        label={t("profile.phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        hint={t("profile.phoneHint")}
        error={errorText(errors.phone?.message)}
        {...form.register("phone")}
        id="profile-phone"
      />
      <SelectField
        label={t("profile.language")}
        hint={t("profile.languageHint")}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`profile.languages.${locale}`) }))}
        error={errorText(errors.locale?.message)}
        {...form.register("locale")}
        id="profile-locale"
      />
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {isSubmitting ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}

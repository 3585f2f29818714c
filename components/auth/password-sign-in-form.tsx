"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { passwordSignInSchema, type PasswordSignInInput } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/actions";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/card";

export function PasswordSignInForm({ redirectTo }: { redirectTo: string }) {
  const { t } = useI18n();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PasswordSignInInput>({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signInWithPassword(values, redirectTo);
    // Success redirects; only failures come back.
    if (result && !result.ok) setFormError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("auth.signIn")}>
      {formError ? <Alert>{t(formError)}</Alert> : null}
      <Field label={t("auth.email")} type="email" autoComplete="email" error={errors.email && t(errors.email.message ?? "")} {...form.register("email")} id="password-email" />
      <Field label={t("auth.password")} type="password" autoComplete="current-password" error={errors.password && t(errors.password.message ?? "")} {...form.register("password")} id="password" />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}

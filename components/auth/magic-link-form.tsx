"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { magicLinkSchema, type MagicLinkInput } from "@/lib/auth/schemas";
import { requestMagicLink } from "@/lib/auth/actions";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/card";

export function MagicLinkForm({ redirectTo, devMailbox }: { redirectTo: string; devMailbox: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ sent: boolean; error: string | null }>({ sent: false, error: null });
  const form = useForm<MagicLinkInput>({ resolver: zodResolver(magicLinkSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await requestMagicLink(values, redirectTo);
    setState(result.ok ? { sent: true, error: null } : { sent: false, error: result.error });
  });

  if (state.sent) {
    return (
      <Alert tone="success">
        <p className="font-medium">{t("auth.checkEmailTitle")}</p>
        <p className="mt-1">{t("auth.checkEmailText")}</p>
        {devMailbox ? (
          <p className="mt-2">
            {t("auth.devMailboxHint")}{" "}
            <Link href="/dev/mailbox" className="font-medium underline">
              {t("auth.openDevMailbox")}
            </Link>
          </p>
        ) : null}
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("auth.magicLinkTitle")}>
      {state.error ? <Alert>{t(state.error)}</Alert> : null}
      <Field label={t("auth.email")} type="email" autoComplete="email" error={errors.email && t(errors.email.message ?? "")} {...form.register("email")} id="magic-email" />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("auth.sending") : t("auth.sendMagicLink")}
      </Button>
    </form>
  );
}

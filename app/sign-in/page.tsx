import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getEnv, isDevMailboxEnabled } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { getSessionContext } from "@/lib/auth/session";
import { DEMO_ACCOUNTS } from "@/db/demo-accounts";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { Alert, Card } from "@/components/ui/card";
import { LanguageSwitch } from "@/components/shell/language-switch";

export const metadata: Metadata = { title: "Sign in" };

const AUTH_ERRORS: Record<string, string> = {
  Verification: "auth.linkInvalid",
  AccessDenied: "auth.accessDenied",
  CredentialsSignin: "auth.wrongPassword",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  if (await getSessionContext()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  const t = await getT();
  const redirectTo = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const demo = getEnv().KEYSLOT_DEMO;
  const errorKey = error ? (AUTH_ERRORS[error] ?? "errors.generic") : null;

  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="flex items-center gap-2 font-semibold text-brand-700">
            <span aria-hidden className="inline-block h-6 w-6 rounded bg-brand-600" /> {t("common.appName")}
          </p>
          <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("auth.signInTitle")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("auth.signInSubtitle")}</p>
        </div>
        <LanguageSwitch />
      </div>
      {errorKey ? <Alert>{t(errorKey)}</Alert> : null}
      <Card>
        <PasswordSignInForm redirectTo={redirectTo} />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-stone-700">{t("auth.magicLinkTitle")}</h2>
        <MagicLinkForm redirectTo={redirectTo} devMailbox={isDevMailboxEnabled()} />
      </Card>
      {demo ? (
        <Card className="bg-amber-50">
          <h2 className="text-sm font-semibold">{t("auth.demoTitle")}</h2>
          <p className="mb-2 text-xs text-stone-600">{t("auth.demoHint")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="demo-logins">
            {Object.entries(DEMO_ACCOUNTS).map(([key, account]) => (
              <div key={key} className="contents">
                <dt className="font-medium">{t(`auth.${account.role}`)}</dt>
                <dd className="font-mono text-xs leading-5">
                  {account.email} / {account.password}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      ) : null}
    </main>
  );
}

import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { isDevMailboxEnabled } from "@/lib/env";
import { connection } from "next/server";

export default async function CheckEmailPage() {
  await connection();
  const t = await getT();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-3 px-4">
      <h1 className="text-2xl font-semibold">{t("auth.checkEmailTitle")}</h1>
      <p className="text-stone-600">{t("auth.checkEmailText")}</p>
      {isDevMailboxEnabled() ? (
        <Link href="/dev/mailbox" className="text-brand-700 underline">
          {t("auth.openDevMailbox")}
        </Link>
      ) : null}
    </main>
  );
}

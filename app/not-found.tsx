import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="text-stone-600">{t("notFound.text")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("common.back")}
      </Link>
    </main>
  );
}

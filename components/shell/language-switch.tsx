import { setLocale } from "@/lib/i18n/actions";
import { getLocale, getT } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/translate";

export async function LanguageSwitch() {
  const [locale, t] = [await getLocale(), await getT()];
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("common.language")}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          aria-pressed={option === locale}
          lang={option}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${option === locale ? "bg-stone-800 text-white" : "text-stone-600 hover:bg-stone-100"}`}
        >
          {option}
        </button>
      ))}
    </form>
  );
}

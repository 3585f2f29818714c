import type { LocalizedText } from "@/db/schema/sites";
import type { Locale } from "@/lib/i18n/translate";

/** The site's "info about door access" in the reader's language; a template written in one language only is still better than none. */
export function pickAccessInfo(accessInfo: LocalizedText | null | undefined, locale: Locale): string | null {
  const text = accessInfo?.[locale]?.trim() || accessInfo?.[locale === "de" ? "en" : "de"]?.trim();
  return text || null;
}

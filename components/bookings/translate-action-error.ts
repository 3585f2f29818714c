import type { Translate } from "@/lib/i18n/translate";

type Failure = { error: string; values?: Record<string, string | number> };

const KEY_PATTERN = /^[a-z]\w*(\.\w+)+$/i;

/**
 * Actions answer with i18n keys (and values for their placeholders). A key without a text yet, e.g. from an
 * engine change that has not shipped its translations, must not reach the user as "engine.errors.x".
 */
export function translateActionError(t: Translate, failure: Failure): string {
  const text = t(failure.error, failure.values);
  return text === failure.error && KEY_PATTERN.test(text) ? t("booking.errors.unknown") : text;
}

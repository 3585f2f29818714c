import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { createTranslator, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./translate";

/** The visitor's language: the cookie set by the language switch, else the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
});

export async function getT() {
  return createTranslator(await getLocale());
}

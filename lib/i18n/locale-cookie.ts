import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./translate";

/** Remembers the interface language in the browser (the language switch and the profile both set it). */
export async function storeLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}

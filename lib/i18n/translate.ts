import { en } from "./messages/en";
import { de } from "./messages/de";

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "keyslot-locale";

type Tree = { readonly [key: string]: string | Tree };
export type Messages = typeof en;

const catalogs: Record<Locale, Tree> = { en, de };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Looks a dotted key up in the locale's catalog, falling back to English, then to the key itself. */
export function createTranslator(locale: Locale): Translate {
  return (key, values) => {
    const template = lookup(catalogs[locale], key) ?? lookup(catalogs.en, key) ?? key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

export function getCatalog(locale: Locale): Tree {
  return catalogs[locale];
}

import { describe, expect, it } from "vitest";
import { createTranslator, negotiateLocale } from "./translate";
import { en } from "./messages/en";
import { de } from "./messages/de";

function keysOf(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe("translations", () => {
  it("German has every English key, and no empty text", () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort());
    const t = createTranslator("de");
    for (const key of keysOf(de)) expect(t(key).trim(), key).not.toBe("");
  });

  it("interpolates values and falls back to the key when unknown", () => {
    const t = createTranslator("de");
    expect(t("email.magicLink.expiry", { minutes: 15 })).toContain("15 Minuten");
    expect(t("no.such.key")).toBe("no.such.key");
  });

  it("negotiates the browser language", () => {
    expect(negotiateLocale("de-AT,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("fr-FR,en;q=0.5")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
  });
});

import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { formatDuration } from "./format-duration";
import { translateActionError } from "./translate-action-error";

describe("formatDuration", () => {
  it("writes minutes, hours and days in the reader's language", () => {
    const en = createTranslator("en");
    expect(formatDuration(30, en)).toBe("30 min");
    expect(formatDuration(90, en)).toBe("1 h 30 min");
    expect(formatDuration(24 * 60, en)).toBe("1 day");
    expect(formatDuration(2 * 24 * 60 + 60, en)).toBe("2 days 1 h");
    expect(formatDuration(120, createTranslator("de"))).toBe("2 Std.");
  });
});

describe("translateActionError", () => {
  it("fills in values, and never shows a raw key", () => {
    const t = createTranslator("en");
    expect(translateActionError(t, { error: "errors.forbidden" })).toBe("You are not allowed to do this.");
    expect(translateActionError(t, { error: "engine.errors.noSuchKeyYet" })).toBe(t("booking.errors.unknown"));
    expect(translateActionError(t, { error: "Plain text from the server." })).toBe("Plain text from the server.");
  });
});

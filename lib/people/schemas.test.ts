import { describe, expect, it } from "vitest";
import { phoneSchema, profileSchema } from "./schemas";

describe("phoneSchema", () => {
  it("normalises an international number to E.164", () => {
    expect(phoneSchema.parse("+41 79 123 45 12")).toBe("+41791234512");
  });

  it("reads a number without +prefix as Austrian", () => {
    expect(phoneSchema.parse("0664 1234567")).toBe("+436641234567");
  });

  it("refuses a number that is too short, with the i18n key", () => {
    const result = phoneSchema.safeParse("12");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("people.errors.phoneInvalid");
  });

  it("allows no number at all", () => {
    expect(phoneSchema.parse("")).toBeNull();
    expect(phoneSchema.parse("   ")).toBeNull();
    expect(phoneSchema.parse(undefined)).toBeNull();
  });

  it("accepts its own output again (the action re-parses what the form parsed)", () => {
    expect(phoneSchema.parse("+436641234567")).toBe("+436641234567");
    expect(phoneSchema.parse(null)).toBeNull();
  });
});

describe("profileSchema", () => {
  it("returns the phone in E.164 and reports field errors as keys", () => {
    expect(profileSchema.parse({ name: " Anna ", phone: "0664 1234567", locale: "de" })).toEqual({
      name: "Anna",
      phone: "+436641234567",
      locale: "de",
    });
    const result = profileSchema.safeParse({ name: "", phone: "12", locale: "fr" });
    const messages = Object.fromEntries(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? []);
    expect(messages).toEqual({
      name: "people.errors.nameRequired",
      phone: "people.errors.phoneInvalid",
      locale: "people.errors.localeInvalid",
    });
  });
});

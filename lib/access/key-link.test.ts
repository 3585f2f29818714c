import { describe, expect, it } from "vitest";
import { createKeyToken, hashKeyToken } from "./key-link";
import { generateAccessPin } from "./access-pin";

describe("digital-key link tokens", () => {
  it("carries 256 random bits and stores only its SHA-256", () => {
    const { token, hash } = createKeyToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashKeyToken(token));
    expect(hash).not.toContain(token);
  });

  it("never repeats", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => createKeyToken().token));
    expect(tokens.size).toBe(200);
  });
});

describe("generateAccessPin", () => {
  it("gives six digits, as exivo's keypads take", () => {
    for (let i = 0; i < 200; i++) expect(generateAccessPin()).toMatch(/^[0-9]{6}$/);
  });
});

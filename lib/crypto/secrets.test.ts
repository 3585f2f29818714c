import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, generateKeySpec, parseKeyRing, SecretError } from "./secrets";

describe("secret envelopes", () => {
  const ring = parseKeyRing(generateKeySpec("k1"));

  it("round-trips and never contains the plaintext", () => {
    const envelope = encryptSecret("api-secret-123", ring);
    expect(envelope).not.toContain("api-secret-123");
    expect(envelope.startsWith("v1.k1.")).toBe(true);
    expect(decryptSecret(envelope, ring)).toBe("api-secret-123");
    expect(encryptSecret("api-secret-123", ring)).not.toBe(envelope); // fresh IV each time
  });

  it("detects tampering and a missing key", () => {
    const envelope = encryptSecret("x", ring);
    const parts = envelope.split(".");
    parts[4] = Buffer.from("y").toString("base64url");
    expect(() => decryptSecret(parts.join("."), ring)).toThrow(SecretError);
    expect(() => decryptSecret(envelope, parseKeyRing(generateKeySpec("k2")))).toThrow(/"k1".*not configured/);
  });

  it("rotates: a ring with a new current key still decrypts envelopes of the old one", () => {
    const old = encryptSecret("secret", ring);
    const rotated = parseKeyRing(`${generateKeySpec("k2")},k1:${ring.keys.get("k1")!.toString("base64")}`);
    expect(decryptSecret(old, rotated)).toBe("secret");
    expect(encryptSecret("secret", rotated).startsWith("v1.k2.")).toBe(true);
  });

  it("refuses malformed key specs with a clear message", () => {
    expect(() => parseKeyRing("k1:short")).toThrow(/32 bytes/);
    expect(() => parseKeyRing("")).toThrow(/No encryption key/);
  });
});

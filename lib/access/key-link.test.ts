import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { hashKeyToken, recoverKeyLink } from "./key-link";
import { generateAccessPin } from "./access-pin";
import { keyedDigests } from "@/lib/crypto/key-ring";

const tokenOf = (grantId: string) => keyedDigests("digital-key-link", grantId)[0]!.toString("base64url");

describe("digital-key link tokens", () => {
  it("carry 256 bits, differ per grant, and only their SHA-256 is stored", () => {
    const grantId = randomUUID();
    const token = tokenOf(grantId);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const hash = hashKeyToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    const others = new Set(Array.from({ length: 200 }, () => tokenOf(randomUUID())));
    expect(others.size).toBe(200);
    expect(others.has(token)).toBe(false);
  });

  it("can be recovered from the stored hash while the link is live, and not after its erasure", () => {
    const grantId = randomUUID();
    const keyTokenHash = hashKeyToken(tokenOf(grantId));
    expect(recoverKeyLink({ id: grantId, keyTokenHash })).toBe(tokenOf(grantId));
    expect(recoverKeyLink({ id: grantId, keyTokenHash: null })).toBeNull();
    expect(recoverKeyLink({ id: randomUUID(), keyTokenHash })).toBeNull();
  });

  it("are still recognised after a key rotation that keeps the old key in the ring", async () => {
    const grantId = randomUUID();
    const keyTokenHash = hashKeyToken(tokenOf(grantId));
    vi.stubEnv("KEYSLOT_ENCRYPTION_KEYS", `k2:${Buffer.alloc(32, 7).toString("base64")},${process.env.KEYSLOT_ENCRYPTION_KEYS}`);
    vi.resetModules();
    try {
      const rotated = await import("./key-link");
      expect(rotated.recoverKeyLink({ id: grantId, keyTokenHash })).toBe(tokenOf(grantId));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("generateAccessPin", () => {
  it("gives six digits, as exivo's keypads take", () => {
    for (let i = 0; i < 200; i++) expect(generateAccessPin()).toMatch(/^[0-9]{6}$/);
  });
});

import { describe, expect, it } from "vitest";
import { createKeySession, KEY_SESSION_MS, verifyKeySession } from "./key-session";

describe("digital-key session cookie", () => {
  const hash = "a".repeat(64);
  const now = Date.UTC(2027, 5, 1, 8, 0);

  it("accepts its own value for the same token until it expires", () => {
    const { value, expires } = createKeySession(hash, now);
    expect(expires.getTime()).toBe(now + KEY_SESSION_MS);
    expect(verifyKeySession(hash, value, now + 1_000)).toBe(true);
    expect(verifyKeySession(hash, value, now + KEY_SESSION_MS)).toBe(false);
  });

  it("refuses another token, a changed expiry, a forged signature and garbage", () => {
    const { value } = createKeySession(hash, now);
    expect(verifyKeySession("b".repeat(64), value, now)).toBe(false);
    const [, signature] = value.split(".");
    expect(verifyKeySession(hash, `${now + 10 * KEY_SESSION_MS}.${signature}`, now)).toBe(false);
    expect(verifyKeySession(hash, `${now + KEY_SESSION_MS}.AAAA`, now)).toBe(false);
    expect(verifyKeySession(hash, undefined, now)).toBe(false);
    expect(verifyKeySession(hash, "nonsense", now)).toBe(false);
  });
});

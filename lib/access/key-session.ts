import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "@/lib/env";

// The digital-key page's session after a correct PIN: "<expiry ms>.<HMAC(token hash, expiry)>" in an httpOnly
// cookie scoped to /key/<token>. Signed with AUTH_SECRET, bound to the token's hash, valid 15 minutes.

export const KEY_SESSION_COOKIE = "keyslot-key";
export const KEY_SESSION_MS = 15 * 60_000;

function sign(tokenHash: string, expires: number): string {
  return createHmac("sha256", ensureAuthSecret()).update(`key-session:${tokenHash}:${expires}`).digest("base64url");
}

export function createKeySession(tokenHash: string, now = Date.now()): { value: string; expires: Date } {
  const expires = now + KEY_SESSION_MS;
  return { value: `${expires}.${sign(tokenHash, expires)}`, expires: new Date(expires) };
}

export function verifyKeySession(tokenHash: string, value: string | undefined, now = Date.now()): boolean {
  if (!value) return false;
  const [rawExpires, signature] = value.split(".");
  const expires = Number(rawExpires);
  if (!Number.isSafeInteger(expires) || expires <= now || !signature) return false;
  const expected = Buffer.from(sign(tokenHash, expires));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

import { createHmac, hkdfSync } from "node:crypto";
import { ensureEncryptionKeys } from "@/lib/env";
import { decryptSecret, encryptSecret, parseKeyRing, type KeyRing } from "./secrets";

let ring: KeyRing | undefined;

function getKeyRing(): KeyRing {
  ring ??= parseKeyRing(ensureEncryptionKeys());
  return ring;
}

/** Encrypts with the configured key ring (KEYSLOT_ENCRYPTION_KEYS). */
export function sealSecret(plaintext: string): string {
  return encryptSecret(plaintext, getKeyRing());
}

export function openSecret(envelope: string): string {
  return decryptSecret(envelope, getKeyRing());
}

/**
 * HMAC-SHA256 of `message` under a key derived (HKDF) from each key of the ring for one purpose, the current
 * key's digest first. Lets Keyslot recompute a token it handed out without storing it: only a hash of the
 * token is kept, and a rotated key ring still recognises tokens made with its older keys.
 */
export function keyedDigests(purpose: string, message: string): Buffer[] {
  const { current, keys } = getKeyRing();
  const ordered = [current, ...[...keys.keys()].filter((id) => id !== current)];
  return ordered.map((id) => {
    const derived = Buffer.from(hkdfSync("sha256", keys.get(id)!, Buffer.alloc(0), `keyslot:${purpose}`, 32));
    return createHmac("sha256", derived).update(message, "utf8").digest();
  });
}

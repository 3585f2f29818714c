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

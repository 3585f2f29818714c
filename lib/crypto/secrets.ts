import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Secrets at rest (lock-system credentials, PINs): AES-256-GCM envelopes "v1.<keyId>.<iv>.<tag>.<ciphertext>"
// (base64url parts). The key id in each envelope makes rotation possible: add a new key first in the key
// ring, re-encrypt (npm run secrets:rotate, later), then drop the old key. See README "Secrets".

export type KeyRing = { current: string; keys: Map<string, Buffer> };

export class SecretError extends Error {}

/** Parses "id:base64key[,id:base64key...]"; the first key encrypts, all of them decrypt. */
export function parseKeyRing(spec: string): KeyRing {
  const entries = spec.split(",").map((part) => part.trim()).filter(Boolean);
  if (entries.length === 0) throw new SecretError("No encryption key configured");
  const keys = new Map<string, Buffer>();
  for (const entry of entries) {
    const [id, encoded] = entry.split(":");
    const key = Buffer.from(encoded ?? "", "base64");
    if (!id || !/^[a-z0-9_-]{1,16}$/i.test(id) || key.length !== 32) {
      throw new SecretError(`Encryption key "${id ?? ""}" must be written as id:<32 bytes in base64>`);
    }
    keys.set(id, key);
  }
  return { current: entries[0]!.split(":")[0]!, keys };
}

export function encryptSecret(plaintext: string, ring: KeyRing): string {
  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  // The key id is authenticated too, so an envelope cannot be relabelled to another key.
  cipher.setAAD(Buffer.from(ring.current));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", ring.current, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptSecret(envelope: string, ring: KeyRing): string {
  const [version, keyId, iv, tag, ciphertext] = envelope.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || ciphertext === undefined) throw new SecretError("Not a Keyslot secret envelope");
  const key = ring.keys.get(keyId);
  if (!key) throw new SecretError(`The key "${keyId}" that encrypted this secret is not configured`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretError("Secret could not be decrypted (wrong key or tampered data)");
  }
}

export function generateKeySpec(id = "k1"): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

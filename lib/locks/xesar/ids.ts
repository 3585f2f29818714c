import { createHash } from "node:crypto";

// Xesar lets the client choose the uuid of a new person or medium. Deriving it from Keyslot's own keys makes
// a retried create collide with the first one (409) instead of issuing a second mobile key.

/** Namespace of all Keyslot-derived Xesar ids (a fixed random uuid; changing it would orphan every grant). */
const KEYSLOT_XESAR_NAMESPACE = "3b0f6a52-8c1e-4d7a-9f25-6c2e8a41d0b7";

/** RFC 4122 version-5 uuid (SHA-1 of namespace + name). */
export function deriveUuid(name: string, namespace: string = KEYSLOT_XESAR_NAMESPACE): string {
  const hash = createHash("sha1").update(uuidToBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The medium of one grant: the same idempotency key always names the same medium. */
export function deriveMediumId(idempotencyKey: string): string {
  return deriveUuid(`medium:${idempotencyKey}`);
}

/** The person of one holder: concurrent grants for one holder create one person, not two. */
export function derivePersonId(externalId: string): string {
  return deriveUuid(`person:${externalId}`);
}

function uuidToBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new TypeError(`"${uuid}" is not a uuid`);
  return Buffer.from(hex, "hex");
}

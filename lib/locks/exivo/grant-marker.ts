import { createHash } from "node:crypto";

// Why a marker: the exivo API has no idempotency key, so a grant retried after a timeout could create a
// second visit (a second PIN and link). We put a short hash of Keyslot's idempotency key into the visit's
// `name`, which exivo stores verbatim and shows only in its own visit log. (`message` would also be kept,
// but it is sent to the guest inside the invitation.) Before creating, the driver lists the visits and
// reuses a non-revoked one that carries the marker for the same window.

export function grantMarker(idempotencyKey: string): string {
  return `ks:${createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 16)}`;
}

export function nameWithMarker(holderName: string, marker: string): string {
  return `${holderName.trim() || "Guest"} [${marker}]`;
}

export function hasMarker(name: string | null | undefined, marker: string): boolean {
  return typeof name === "string" && name.endsWith(`[${marker}]`);
}

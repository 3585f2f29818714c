import type { Holder } from "../types";

// Where the public Xesar documentation is silent (marked "unknown" in ../../shared/vendors/xesar-connect.md),
// the driver makes a choice. They are all here, so they can be corrected against a real installation.

/** Xesar wants first and last name separately; Keyslot has one name. The last word becomes the last name. */
export function splitHolderName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: "", lastName: "Keyslot guest" };
  if (words.length === 1) return { firstName: "", lastName: words[0]! };
  return { firstName: words.slice(0, -1).join(" "), lastName: words.at(-1)! };
}

/** Shown in Xesar's medium list; the name plus a short key so operators can match it to a booking. */
export function buildMediumLabel(holder: Holder, idempotencyKey: string): string {
  return `Keyslot ${holder.name}`.slice(0, 40).trim() + ` #${idempotencyKey.slice(0, 8)}`;
}

/** The language of Xesar's SMS. Unknown whether Xesar expects "de" or "de-AT"; the two-letter code is sent. */
export function pickMessageLanguage(holder: Holder): string {
  return holder.language;
}

/** Remote opening uses the normal release duration ("extended" = the long one). */
export const REMOTE_DISENGAGE_EXTENDED = false;

/** Only components with this online status take remote commands. */
export function isRemotelyReachable(onlineStatus: string | null | undefined): boolean {
  return (onlineStatus ?? "").toLowerCase() === "connected";
}

/** E.164 as Xesar's mobile service needs it to send the registration SMS. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

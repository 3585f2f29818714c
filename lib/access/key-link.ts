import { createHash } from "node:crypto";
import type { DbOrTx } from "@/db";
import { keyedDigests } from "@/lib/crypto/key-ring";
import { updateGrant } from "./grant-store";

// The digital-key link (/key/<token>): 256 bits, HMAC-SHA256 of the grant's id under a key derived from the
// encryption key ring, so it cannot be guessed or computed from the database alone. Only its SHA-256 is stored:
// the page finds the grant by it. Keyslot can recompute the token for the holder's booking page and the
// admin's "copy access URL" (recoverKeyLink) as long as the hash is there; the daily cleanup erases the hash,
// and with it the link. A re-issue makes a new grant, so a new link.

const PURPOSE = "digital-key-link";

/** How the digital-key page finds the grant of a token. */
export function hashKeyToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Candidate tokens of a grant: the current key's first, then those of older keys still in the ring. */
function tokensOf(grantId: string): string[] {
  return keyedDigests(PURPOSE, grantId).map((digest) => digest.toString("base64url"));
}

/** Gives the grant its link and returns the raw token for the notification that delivers it. */
export async function issueKeyLink(tx: DbOrTx, grantId: string): Promise<string> {
  const [token] = tokensOf(grantId);
  await updateGrant(tx, grantId, { keyTokenHash: hashKeyToken(token!) });
  return token!;
}

/** The grant's token while its link is live (hash stored), else null. Never log it. */
export function recoverKeyLink(grant: { id: string; keyTokenHash: string | null }): string | null {
  if (!grant.keyTokenHash) return null;
  return tokensOf(grant.id).find((token) => hashKeyToken(token) === grant.keyTokenHash) ?? null;
}

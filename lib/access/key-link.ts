import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "@/db";
import { updateGrant } from "./grant-store";

// The digital-key link (/key/<token>): 256 random bits, of which only the SHA-256 is stored. Whoever holds the
// database cannot open a door with it; the raw token exists only on its way into the holder's notification.

const TOKEN_BYTES = 32;

export function createKeyToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashKeyToken(token) };
}

/** How the digital-key page finds the grant of a token. */
export function hashKeyToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Gives the grant a new link (an older one stops working) and returns the raw token. Only the code that
 * sends the notification may call this: the token must go nowhere else, logs included.
 */
export async function issueKeyLink(tx: DbOrTx, grantId: string): Promise<string> {
  const { token, hash } = createKeyToken();
  await updateGrant(tx, grantId, { keyTokenHash: hash });
  return token;
}

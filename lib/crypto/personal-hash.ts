import { createHash } from "node:crypto";
import { ensureAuthSecret } from "@/lib/env";

/**
 * A keyed hash of personal data (a client address, an e-mail address) for counting in the audit log: equal
 * inputs give equal hashes, but the log alone does not tell whose they are.
 */
export function personalDataHash(kind: string, value: string): string {
  return createHash("sha256").update(`${ensureAuthSecret()}:${kind}:${value}`).digest("hex").slice(0, 32);
}

import type { CredentialType, LockVendor } from "@/lib/locks/types";

// The credentials a rule may ask each lock system for. Mirrors what lib/access/plan.ts issues (checked by
// credentials.test.ts): Xesar issues mobile keys only; exivo a digital-key link with PIN, or a mobile key.

export const RULE_CREDENTIALS = ["pin_link", "mobile_key"] as const satisfies readonly CredentialType[];
export type RuleCredential = (typeof RULE_CREDENTIALS)[number];

const SUPPORTED: Record<LockVendor, RuleCredential[]> = {
  xesar: ["mobile_key"],
  exivo: ["pin_link", "mobile_key"],
};

export function credentialsFor(vendor: LockVendor): RuleCredential[] {
  return SUPPORTED[vendor];
}

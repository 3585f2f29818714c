import type { CockpitAccessRule } from "@/lib/access-rules/queries";
import type { DoorOption } from "@/lib/resources/identifier-check";
import type { LockVendor } from "@/lib/locks/types";

/** What the access-rule page hands its client components: no secrets, only names, ids and synced doors. */
export type RuleChoices = {
  resources: { id: string; name: string; siteName: string; vendor: LockVendor | null; integrationId: string | null }[];
  communities: { id: string; name: string }[];
  integrations: { id: string; name: string; vendor: LockVendor }[];
  doorsByIntegration: Record<string, DoorOption[]>;
};

export type RuleRow = CockpitAccessRule;

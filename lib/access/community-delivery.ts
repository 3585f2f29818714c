import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accessRules, doors } from "@/db/schema";
import { getEnv } from "@/lib/env";
import type { OutgoingMessage } from "@/lib/notifications/outbox";
import { loadCommunityRulePlans, loadStandingHolder } from "./community-plan";
import type { Grant } from "./grant-store";
import { buildKeyEmail, buildKeySms } from "./key-message";

/**
 * The digital-key messages of a standing grant (community access): PIN and link to the member's e-mail
 * (and SMS when the rule says so), with the community in place of the booked resource. delivery.ts puts
 * them in the outbox like a booking's.
 */
export async function buildStandingMessages(tx: DbOrTx, grant: Grant, { keyToken, pin }: { keyToken: string; pin: string }): Promise<OutgoingMessage[]> {
  if (!grant.accessRuleId || !grant.userId) return [];
  const plans = await loadCommunityRulePlans(tx, { orgId: grant.orgId, ruleIds: [grant.accessRuleId], window: grant.window });
  const rule = plans.get(grant.accessRuleId);
  const member = await loadStandingHolder(tx, grant.userId);
  if (!rule || !member) return [];
  const doorRows = grant.doorIds.length
    ? await tx.select({ name: doors.name }).from(doors).where(and(inArray(doors.id, grant.doorIds), eq(doors.orgId, grant.orgId)))
    : [];
  const [settings] = await tx.select({ sendPinBySms: accessRules.sendPinBySms }).from(accessRules).where(eq(accessRules.id, grant.accessRuleId));
  const input = {
    locale: member.locale,
    appUrl: getEnv().APP_URL,
    keyToken,
    pin,
    window: grant.window,
    timeZone: rule.timeZone,
    resourceName: rule.communityName,
    siteName: rule.siteName ?? rule.communityName,
    doorNames: doorRows.map((door) => door.name).sort((a, b) => a.localeCompare(b)),
  };
  const messages: OutgoingMessage[] = [buildKeyEmail({ ...input, recipient: member.email })];
  if (settings?.sendPinBySms && member.phone) messages.push(buildKeySms({ ...input, recipient: member.phone }));
  return messages;
}

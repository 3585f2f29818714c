import { and, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getEnv } from "@/lib/env";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";
import { LockError } from "@/lib/locks/types";
import { logger } from "@/lib/server/logger";
import { hasVendorRefs, lockGrant, updateGrant, type Grant } from "./grant-store";
import { minimiseHolderData } from "./holder-data";
import { transitionGrant } from "./transitions";

// The daily cleanup (product: "Expired access data is cleaned up every day"): grants whose window is over
// become expired, what the lock systems still hold of them is revoked, and PINs and digital-key link hashes
// of finished grants are erased; holder contact data of bookings past the retention period is minimised
// (holder-data.ts). The counts go to the audit log; the PINs themselves never do.

export type CleanupReport = {
  expired: number;
  vendorRemoved: number;
  vendorFailed: number;
  erased: number;
  /** Bookings whose holder name, phone, e-mail and note were minimised. */
  holdersMinimised: number;
  /** Their e-mails and SMS whose recipient, text and attachments were erased. */
  notificationsErased: number;
};

export async function cleanUpAccess({ now = new Date(), retentionDays = getEnv().HOLDER_DATA_RETENTION_DAYS }: { now?: Date; retentionDays?: number } = {}): Promise<CleanupReport> {
  const db = await getDb();
  const ended = sql`upper(${accessGrants.window}) <= ${now.toISOString()}::timestamptz`;
  const report: CleanupReport = { expired: 0, vendorRemoved: 0, vendorFailed: 0, erased: 0, holdersMinimised: 0, notificationsErased: 0 };

  const over = await db
    .select()
    .from(accessGrants)
    .where(and(inArray(accessGrants.status, ["in_progress", "activation_pending", "active"]), ended));
  for (const grant of over) if (await expireGrant(grant.id, now)) report.expired++;

  const leftovers = await db
    .select()
    .from(accessGrants)
    .where(and(inArray(accessGrants.status, ["expired"]), isNull(accessGrants.removedAt)));
  for (const grant of leftovers.filter(hasVendorRefs)) {
    if (await removeLeftover(grant, now)) report.vendorRemoved++;
    else report.vendorFailed++;
  }

  const erased = await db
    .update(accessGrants)
    .set({ pinEncrypted: null, keyTokenHash: null })
    .where(
      and(
        inArray(accessGrants.status, ["expired", "removed", "failed"]),
        ended,
        or(isNotNull(accessGrants.pinEncrypted), isNotNull(accessGrants.keyTokenHash)),
      ),
    )
    .returning({ id: accessGrants.id });
  report.erased = erased.length;

  const minimised = await minimiseHolderData({ endedBefore: new Date(now.getTime() - retentionDays * 86_400_000) });
  report.holdersMinimised = minimised.bookings;
  report.notificationsErased = minimised.notifications;

  await recordAudit({ orgId: null, actorUserId: null, action: "access.cleanup", entityType: "access_grant", data: { ...report, at: now.toISOString() } });
  logger.info("access: daily cleanup", report);
  return report;
}

async function expireGrant(grantId: string, now: Date): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const grant = await lockGrant(tx, grantId);
    if (!grant || !["in_progress", "activation_pending", "active"].includes(grant.status) || grant.window.end > now) return false;
    await transitionGrant(tx, grant, "expired", { patch: { nextAttemptAt: null }, data: { reason: "window_over" } });
    return true;
  });
}

/** An expired credential opens nothing, but the lock system keeps it (and a Xesar medium keeps its licence). */
async function removeLeftover(grant: Grant, now: Date): Promise<boolean> {
  try {
    const driver = await getIntegrationDriver({ orgId: grant.orgId, integrationId: grant.integrationId });
    if (!driver) return false;
    await driver.revoke(grant.vendorRefs).catch((error: unknown) => {
      if (!(error instanceof LockError && error.code === "not_found")) throw error;
    });
  } catch (error) {
    logger.warn("access: cleanup could not remove an expired credential", { grantId: grant.id, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (await lockGrant(tx, grant.id)) await updateGrant(tx, grant.id, { removedAt: now });
  });
  return true;
}

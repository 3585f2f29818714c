import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { accessGrants, bookings, memberships, notifications, resources, sites, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { createTranslator, isLocale } from "@/lib/i18n/translate";
import { deliverMessage } from "@/lib/notifications/deliver";
import { enqueueMessage } from "@/lib/notifications/outbox";
import { logger } from "@/lib/server/logger";
import type { GrantStatus } from "./grant-store";

// The start-time guarantee: a confirmed booking whose access is not ready N minutes (ACCESS_START_ALERT_MINUTES)
// before it starts raises an alert once per grant: `access.start_alert` in the audit log, start_alerted_at on
// the grant (listAccessAlerts shows it on the booking and in the cockpit) and an e-mail to the organisation's
// admins through the outbox. Checked every minute (workers.ts).
//
// Not ready = requested, in_progress or failed. activation_pending does not alert: the credential exists at the
// lock system and the holder got the code to register it; what is missing is the holder's step, which the admins
// cannot do for them, and alerting on every unregistered mobile key would bury the alerts that need them.

export const START_ALERT_STATUSES = ["requested", "in_progress", "failed"] as const satisfies GrantStatus[];
export const START_ALERT_KIND = "access.start_alert";

export type StartCheckReport = { alerted: number; messages: number };

type CheckOptions = { now?: Date; orgId?: string; minutes?: number };

export async function checkStartGuarantee({ now = new Date(), orgId, minutes = getEnv().ACCESS_START_ALERT_MINUTES }: CheckOptions = {}): Promise<StartCheckReport> {
  const db = await getDb();
  const horizon = new Date(now.getTime() + minutes * 60_000);
  const due = await db
    .select({ id: accessGrants.id })
    .from(accessGrants)
    .innerJoin(bookings, eq(bookings.id, accessGrants.bookingId))
    .where(
      and(
        isNull(accessGrants.startAlertedAt),
        inArray(accessGrants.status, [...START_ALERT_STATUSES]),
        eq(bookings.status, "confirmed"),
        // Started bookings count too (access missing mid-booking), ended ones do not.
        sql`lower(${bookings.period}) <= ${horizon.toISOString()}::timestamptz and upper(${bookings.period}) > ${now.toISOString()}::timestamptz`,
        orgId ? eq(accessGrants.orgId, orgId) : undefined,
      ),
    );
  const report: StartCheckReport = { alerted: 0, messages: 0 };
  const toDeliver: string[] = [];
  for (const { id } of due) {
    const ids = await db.transaction((tx) => raiseStartAlert(tx, id, minutes));
    if (ids === null) continue;
    report.alerted++;
    toDeliver.push(...ids);
  }
  // Also messages a crash left between the commit and the delivery.
  const leftOver = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.kind, START_ALERT_KIND), eq(notifications.status, "queued"), orgId ? eq(notifications.orgId, orgId) : undefined));
  for (const id of new Set([...toDeliver, ...leftOver.map((row) => row.id)])) {
    await deliverMessage(id).catch((error) => logger.warn("access: start alert delivery failed", { id, error: String(error) }));
    report.messages++;
  }
  if (report.alerted > 0) logger.warn("access: start-time guarantee missed", report);
  return report;
}

/** Marks the grant (the guarded update makes the alert happen once) and writes audit + admin e-mails; null if not due. */
async function raiseStartAlert(tx: DbOrTx, grantId: string, minutes: number): Promise<string[] | null> {
  const [grant] = await tx
    .update(accessGrants)
    .set({ startAlertedAt: sql`now()` })
    .where(and(eq(accessGrants.id, grantId), isNull(accessGrants.startAlertedAt), inArray(accessGrants.status, [...START_ALERT_STATUSES])))
    .returning();
  if (!grant?.bookingId) return null;
  const [context] = await tx
    .select({ period: bookings.period, holderName: bookings.holderName, resource: resources.name, timeZone: sites.timeZone })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(eq(bookings.id, grant.bookingId));
  if (!context) return null;
  await recordAudit(
    {
      orgId: grant.orgId,
      actorUserId: null,
      action: START_ALERT_KIND,
      entityType: "access_grant",
      entityId: grant.id,
      data: { bookingId: grant.bookingId, status: grant.status, minutes, startsAt: context.period.start.toISOString(), lastError: grant.lastError },
    },
    tx,
  );
  const admins = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, grant.orgId), eq(memberships.role, "admin")));
  const ids: string[] = [];
  for (const admin of admins) {
    const locale = isLocale(admin.locale) ? admin.locale : "en";
    const t = createTranslator(locale);
    const start = formatDateTime(context.period.start, context.timeZone, locale);
    const values = {
      start,
      resource: context.resource,
      holder: context.holderName,
      status: grant.status,
      error: grant.lastError ?? "-",
      url: `${getEnv().APP_URL}/cockpit/bookings`,
    };
    const stored = await enqueueMessage(
      {
        orgId: grant.orgId,
        channel: "email",
        kind: START_ALERT_KIND,
        recipient: admin.email,
        subject: t("alerts.startAlert.subject", values),
        text: t("alerts.startAlert.body", values),
        dedupeKey: `${START_ALERT_KIND}:${grant.id}:${admin.id}`,
      },
      tx,
    );
    ids.push(stored.id);
  }
  return ids;
}

import { and, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { doors, lockIntegrations, siteAlwaysOpenDoors, sites } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids";
import type { SaveSiteInput } from "./schemas";

// Site writes: name, time zone, lock system, always-open doors and the access info template, in one
// transaction with the audit event. Every id from the form is checked against the organisation.

export type SiteActor = { userId: string; orgId: string };

export async function saveSite({ actor, input }: { actor: SiteActor; input: SaveSiteInput }): Promise<{ id: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const existing = input.siteId ? await loadSite(tx, actor.orgId, input.siteId) : null;
    const integrationId = input.integrationId || null;
    if (integrationId) await assertIntegration(tx, actor.orgId, integrationId);
    const doorIds = [...new Set(input.alwaysOpenDoorIds)];
    await assertAlwaysOpenDoors(tx, { orgId: actor.orgId, integrationId, doorIds });
    const values = {
      name: input.name,
      address: input.address || null,
      timeZone: input.timeZone,
      integrationId,
      accessInfo: { de: input.accessInfoDe.trim(), en: input.accessInfoEn.trim() },
    };
    const [site] = existing
      ? await tx.update(sites).set(values).where(eq(sites.id, existing.id)).returning({ id: sites.id })
      : await tx.insert(sites).values({ orgId: actor.orgId, ...values }).returning({ id: sites.id });
    const siteId = site!.id;
    await tx.delete(siteAlwaysOpenDoors).where(eq(siteAlwaysOpenDoors.siteId, siteId));
    if (doorIds.length > 0) await tx.insert(siteAlwaysOpenDoors).values(doorIds.map((doorId) => ({ siteId, doorId })));
    await recordAudit(
      {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: existing ? "site.updated" : "site.created",
        entityType: "site",
        entityId: siteId,
        data: { name: values.name, timeZone: values.timeZone, integrationId, alwaysOpenDoorIds: doorIds },
      },
      tx,
    );
    return { id: siteId };
  });
}

async function loadSite(tx: DbOrTx, orgId: string, siteId: string) {
  if (!isUuid(siteId)) throw notFound();
  const [row] = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.id, siteId), eq(sites.orgId, orgId))).for("update");
  if (!row) throw notFound();
  return row;
}

async function assertIntegration(tx: DbOrTx, orgId: string, integrationId: string): Promise<void> {
  const [row] = await tx
    .select({ id: lockIntegrations.id })
    .from(lockIntegrations)
    .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)));
  if (!row) throw notFound();
}

/**
 * Every booking at the site includes its always-open doors: a gateway among them would make the lock system
 * refuse the whole access, and a door of another lock system cannot be granted by this site's one.
 */
async function assertAlwaysOpenDoors(tx: DbOrTx, { orgId, integrationId, doorIds }: { orgId: string; integrationId: string | null; doorIds: string[] }) {
  if (doorIds.length === 0) return;
  const found = await tx
    .select({ id: doors.id, name: doors.name, kind: doors.kind, integrationId: doors.integrationId })
    .from(doors)
    .where(and(eq(doors.orgId, orgId), inArray(doors.id, doorIds)));
  if (found.length !== doorIds.length) throw notFound();
  const field = (key: string, values?: Record<string, string>) =>
    new AppError("VALIDATION", `cockpitSites.errors.${key}`, { alwaysOpenDoorIds: [`cockpitSites.errors.${key}`] }, values);
  const gateway = found.find((door) => door.kind === "gateway");
  if (gateway) throw field("gatewayRefused", { door: gateway.name });
  const foreign = found.find((door) => door.integrationId !== integrationId);
  if (foreign) throw field(integrationId ? "doorOfOtherIntegration" : "doorsNeedIntegration", { door: foreign.name });
}

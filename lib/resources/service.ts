import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { resources, sites } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/ids";
import { getResource } from "./queries";
import { checkIdentifier } from "./identifier-check";
import { getSiteLockSystem } from "./site-doors";
import type { ArchiveResourceInput, CreateResourceInput, UpdateResourceInput } from "./schemas";

// Resource writes of the cockpit. Every write is scoped by the actor's organisation: another organisation's
// resource or site id is NOT_FOUND. The audit event is written in the same transaction as the change.

type Actor = { userId: string; orgId: string };
type Options<T> = { actor: Actor; input: T };
type Resource = typeof resources.$inferSelect;

/** For actions and pages that need the resource to exist in the caller's organisation. */
export async function requireResource({ orgId, resourceId }: { orgId: string; resourceId: string }) {
  const row = await getResource({ orgId, resourceId });
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}

export async function createResource({ actor, input }: Options<CreateResourceInput>): Promise<Resource> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireSite(tx, actor.orgId, input.siteId);
    const accessIdentifier = await checkAgainstSiteDoors(tx, actor.orgId, input.siteId, input.accessIdentifier);
    const { siteId, ...fields } = input;
    const [resource] = await tx
      .insert(resources)
      .values({ ...fields, accessIdentifier, orgId: actor.orgId, siteId })
      .returning();
    await audit(tx, actor, "resource.created", resource!);
    return resource!;
  });
}

export async function updateResource({ actor, input }: Options<UpdateResourceInput>): Promise<Resource> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockResource(tx, actor.orgId, input.resourceId);
    const accessIdentifier = await checkAgainstSiteDoors(tx, actor.orgId, current.siteId, input.accessIdentifier);
    const { resourceId, ...fields } = input;
    const [resource] = await tx
      .update(resources)
      .set({ ...fields, accessIdentifier, updatedAt: new Date() })
      .where(and(eq(resources.id, resourceId), eq(resources.orgId, actor.orgId)))
      .returning();
    await audit(tx, actor, "resource.updated", resource!, { previousAccessIdentifier: current.accessIdentifier });
    return resource!;
  });
}

/** Archived resources stay with their bookings but cannot be booked (lib/bookings/load.ts) nor seen by residents. */
export async function setResourceArchived({ actor, input }: Options<ArchiveResourceInput>): Promise<Resource> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockResource(tx, actor.orgId, input.resourceId);
    if (Boolean(current.archivedAt) === input.archived) return current;
    const [resource] = await tx
      .update(resources)
      .set({ archivedAt: input.archived ? new Date() : null, updatedAt: new Date() })
      .where(eq(resources.id, current.id))
      .returning();
    await audit(tx, actor, input.archived ? "resource.archived" : "resource.unarchived", resource!);
    return resource!;
  });
}

async function requireSite(tx: DbOrTx, orgId: string, siteId: string) {
  const [site] = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.id, siteId), eq(sites.orgId, orgId)));
  if (!site) throw new AppError("NOT_FOUND", "errors.notFound");
}

async function lockResource(tx: DbOrTx, orgId: string, resourceId: string): Promise<Resource> {
  if (!isUuid(resourceId)) throw new AppError("NOT_FOUND", "errors.notFound");
  const [row] = await tx
    .select()
    .from(resources)
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, orgId)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}

/**
 * The identifier must name doors the site's lock system has synced (no unknown id, no gateway). The first
 * problem goes back at the field, with the values that name the bad part.
 */
export async function checkAgainstSiteDoors(tx: DbOrTx, orgId: string, siteId: string, identifier: string | null): Promise<string | null> {
  const { integration, doors } = await getSiteLockSystem({ orgId, siteId }, tx);
  const check = checkIdentifier(identifier, integration ? doors : null);
  if (check.ok) return check.normalized;
  const [first] = check.problems;
  throw new AppError("VALIDATION", "errors.validation", { accessIdentifier: [first!.key] }, first!.values);
}

function audit(tx: DbOrTx, actor: Actor, action: string, resource: Resource, data: Record<string, unknown> = {}) {
  return recordAudit(
    {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action,
      entityType: "resource",
      entityId: resource.id,
      data: { name: resource.name, accessIdentifier: resource.accessIdentifier, ...data },
    },
    tx,
  );
}

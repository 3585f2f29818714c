import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, lockIntegrations } from "@/db/schema";
import { openPin } from "@/lib/access/access-pin";
import { revokeGrantByAdmin } from "@/lib/access/admin-revoke";
import { hasVendorRefs } from "@/lib/access/grant-store";
import { recoverKeyLink } from "@/lib/access/key-link";
import { reissueGrant } from "@/lib/access/reissue";
import { recordAudit } from "@/lib/audit/record";
import { getEnv } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors/app-error";
import { getIntegrationDriver } from "@/lib/locks/integration-drivers";

// What an admin does with one access in the booking detail. Every function takes the admin's organisation
// and finds the grant only within it: another organisation's grant is NOT_FOUND, exactly like none at all.
// Secrets (the PIN, the link token) leave the server only here, on an explicit click, and each time the
// audit log says who saw them.

type AdminGrantInput = { orgId: string; grantId: string; actorUserId: string };

async function getOrgGrant({ orgId, grantId }: { orgId: string; grantId: string }) {
  const db = await getDb();
  const [grant] = await db.select().from(accessGrants).where(and(eq(accessGrants.id, grantId), eq(accessGrants.orgId, orgId)));
  if (!grant) throw notFound();
  return grant;
}

export async function revealGrantPin({ orgId, grantId, actorUserId }: AdminGrantInput): Promise<{ pin: string }> {
  const grant = await getOrgGrant({ orgId, grantId });
  const pin = openPin(grant.pinEncrypted);
  if (!pin) throw new AppError("CONFLICT", "cockpitBookings.errors.noPin");
  await recordAudit({ orgId, actorUserId, action: "access.pin_revealed", entityType: "access_grant", entityId: grant.id, data: { bookingId: grant.bookingId } });
  return { pin };
}

/** The digital-key link (APP_URL/key/<token>) while it is live; recomputed, never stored (key-link.ts). */
export async function getGrantAccessUrl({ orgId, grantId, actorUserId }: AdminGrantInput): Promise<{ url: string }> {
  const grant = await getOrgGrant({ orgId, grantId });
  const token = grant.status === "active" || grant.status === "activation_pending" ? recoverKeyLink(grant) : null;
  if (!token) throw new AppError("CONFLICT", "cockpitBookings.errors.noKeyLink");
  await recordAudit({ orgId, actorUserId, action: "access.key_link_copied", entityType: "access_grant", entityId: grant.id, data: { bookingId: grant.bookingId } });
  return { url: `${getEnv().APP_URL.replace(/\/$/, "")}/key/${token}` };
}

/**
 * The lock system's own page of this access, where it has one: exivo's visit page (the visit's link, read
 * back from exivo). Xesar has no such page. Asked on click, as it is a vendor call and a holder's link.
 */
export async function getLockSystemLink({ orgId, grantId, actorUserId }: AdminGrantInput): Promise<{ url: string }> {
  const grant = await getOrgGrant({ orgId, grantId });
  const db = await getDb();
  const [integration] = await db.select({ vendor: lockIntegrations.vendor }).from(lockIntegrations).where(and(eq(lockIntegrations.id, grant.integrationId), eq(lockIntegrations.orgId, orgId)));
  if (integration?.vendor !== "exivo" || !hasVendorRefs(grant)) throw new AppError("CONFLICT", "cockpitBookings.errors.noVendorLink");
  let link: string | undefined;
  try {
    const driver = await getIntegrationDriver({ orgId, integrationId: grant.integrationId });
    link = driver ? (await driver.readGrant(grant.vendorRefs)).credential?.link : undefined;
  } catch {
    throw new AppError("VENDOR_UNAVAILABLE", "cockpitBookings.errors.vendorUnavailable");
  }
  if (!link) throw new AppError("CONFLICT", "cockpitBookings.errors.noVendorLink");
  await recordAudit({ orgId, actorUserId, action: "access.vendor_link_viewed", entityType: "access_grant", entityId: grant.id, data: { bookingId: grant.bookingId } });
  return { url: link };
}

export async function revokeGrant(input: AdminGrantInput): Promise<{ status: string; bookingId: string | null }> {
  const outcome = await revokeGrantByAdmin(input);
  if (!outcome) throw notFound();
  if (!outcome.result) throw new AppError("CONFLICT", "cockpitBookings.errors.alreadyRevoked");
  return { status: outcome.grant.status, bookingId: outcome.grant.bookingId };
}

export async function reissueAccess(input: AdminGrantInput): Promise<{ grantId: string; bookingId: string | null }> {
  const result = await reissueGrant(input);
  if (result.kind === "not_found") throw notFound();
  if (result.kind === "not_reissuable") throw new AppError("CONFLICT", `cockpitBookings.errors.reissue.${result.reason}`);
  return { grantId: result.grant.id, bookingId: result.grant.bookingId };
}

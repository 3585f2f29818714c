import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants, auditEvents, bookings, doors, lockIntegrations, notifications, users } from "@/db/schema";
import type { BookingViewer } from "@/lib/bookings/detail";
import { getEnv } from "@/lib/env";
import { openPin } from "./access-pin";
import type { GrantStatus } from "./grant-store";
import { keyLinkUrl } from "./key-message";
import { recoverKeyLink } from "./key-link";
import { maskPhone, XESAR_ACTIVATION_HOURS } from "./planned-access";

// The booking page's real credentials: per grant of the booking its status in plain words, the PIN and
// digital-key link while the link is live, where a Xesar code went and until when to activate it, and the
// delivery status of each key message. For the booker and the organisation's admins only; anyone else gets
// an empty list, exactly as for a booking without access.

const HOUR = 3_600_000;

export type CredentialDelivery = {
  channel: "email" | "sms";
  /** Masked: an e-mail as "a***@example.com", a phone as "+41 79 *** ** 12". */
  recipient: string;
  status: "queued" | "sent" | "failed";
  at: Date;
};

/** Why a grant is not (yet) usable, in words a resident understands; the technical text stays with the admins. */
export type CredentialProblem = "unreachable" | "refused" | "credentials" | "other";

export type BookingCredential = {
  grantId: string;
  status: GrantStatus;
  credentialType: "pin_link" | "pin" | "mobile_key";
  window: { start: Date; end: Date };
  doorNames: string[];
  /** in_progress after a failed attempt: the engine retries at `nextAttemptAt`. */
  retrying: { problem: CredentialProblem; nextAttemptAt: Date | null } | null;
  /** failed for good. */
  failure: { problem: CredentialProblem } | null;
  /** exivo PIN + digital-key link, only while the link is live (active, window not over, not erased). */
  key: { pin: string; url: string } | null;
  /** Xesar mobile key waiting for the holder: the registration code went by SMS. */
  activation: { maskedPhone: string; sentAt: Date; activateBy: Date } | null;
  deliveries: CredentialDelivery[];
};

/** Statuses in which the engine is still working: the page keeps refreshing while any grant has one. */
export const UNSETTLED_STATUSES: GrantStatus[] = ["requested", "in_progress", "removal_pending"];

/** Nothing left to wait for: no grant in the works and no key message still on its way. */
export function isSettled(credentials: Pick<BookingCredential, "status" | "deliveries">[]): boolean {
  return credentials.every(
    (credential) => !UNSETTLED_STATUSES.includes(credential.status) && credential.deliveries.every((delivery) => delivery.status !== "queued"),
  );
}

export async function listBookingCredentials({ viewer, bookingId, now = new Date() }: { viewer: BookingViewer; bookingId: string; now?: Date }): Promise<BookingCredential[]> {
  const db = await getDb();
  const [booking] = await db
    .select({ id: bookings.id, bookerId: bookings.bookerId, holderPhone: bookings.holderPhone, bookerPhone: users.phone })
    .from(bookings)
    .leftJoin(users, eq(users.id, bookings.bookerId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.orgId, viewer.orgId)));
  if (!booking) return [];
  if (viewer.role !== "admin" && booking.bookerId !== viewer.userId) return [];

  const rows = await db
    .select({ grant: accessGrants, vendor: lockIntegrations.vendor })
    .from(accessGrants)
    .innerJoin(lockIntegrations, eq(lockIntegrations.id, accessGrants.integrationId))
    .where(and(eq(accessGrants.bookingId, booking.id), eq(accessGrants.orgId, viewer.orgId)))
    .orderBy(desc(accessGrants.createdAt));
  const grants = rows.map((row) => row.grant);
  const vendorOf = new Map(rows.map((row) => [row.grant.id, row.vendor]));
  if (grants.length === 0) return [];
  const grantIds = grants.map((grant) => grant.id);

  const doorIds = [...new Set(grants.flatMap((grant) => grant.doorIds))];
  const doorRows = doorIds.length
    ? await db.select({ id: doors.id, name: doors.name }).from(doors).where(and(inArray(doors.id, doorIds), eq(doors.orgId, viewer.orgId)))
    : [];
  const doorName = new Map(doorRows.map((door) => [door.id, door.name]));

  const dedupeKeys = grantIds.flatMap((id) => [`access.key:${id}:email`, `access.key:${id}:sms`]);
  const messages = await db
    .select({ dedupeKey: notifications.dedupeKey, channel: notifications.channel, recipient: notifications.recipient, status: notifications.status, sentAt: notifications.sentAt, updatedAt: notifications.updatedAt })
    .from(notifications)
    .where(and(inArray(notifications.dedupeKey, dedupeKeys), eq(notifications.orgId, viewer.orgId)))
    .orderBy(asc(notifications.createdAt));

  // When the mobile key was issued = when the lock system sent its SMS: the grant's first activation_pending.
  const pendingSince = await db
    .select({ grantId: auditEvents.entityId, at: auditEvents.createdAt })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "access_grant"), inArray(auditEvents.entityId, grantIds), eq(auditEvents.action, "access.activation_pending")))
    .orderBy(asc(auditEvents.createdAt));

  const phone = booking.holderPhone ?? booking.bookerPhone;
  return grants.map((grant) => {
    const problem = grant.lastError ? classifyProblem(grant.lastError) : null;
    const linkLive = grant.credentialType === "pin_link" && grant.status === "active" && grant.window.end > now;
    const token = linkLive ? recoverKeyLink(grant) : null;
    const pin = token ? openPin(grant.pinEncrypted) : undefined;
    const sentAt = pendingSince.find((event) => event.grantId === grant.id)?.at ?? grant.updatedAt;
    return {
      grantId: grant.id,
      status: grant.status,
      credentialType: grant.credentialType,
      window: grant.window,
      doorNames: grant.doorIds.flatMap((id) => doorName.get(id) ?? []).sort((a, b) => a.localeCompare(b)),
      retrying: grant.status === "in_progress" && problem ? { problem, nextAttemptAt: grant.nextAttemptAt } : null,
      failure: grant.status === "failed" ? { problem: problem ?? "other" } : null,
      key: token && pin ? { pin, url: keyLinkUrl(getEnv().APP_URL, token) } : null,
      activation:
        // Xesar's registration code: sent by Xesar to the holder's phone, valid for 48 hours.
        vendorOf.get(grant.id) === "xesar" && grant.credentialType === "mobile_key" && grant.status === "activation_pending" && phone
          ? { maskedPhone: maskPhone(phone), sentAt, activateBy: new Date(sentAt.getTime() + XESAR_ACTIVATION_HOURS * HOUR) }
          : null,
      deliveries: messages
        .filter((message) => message.dedupeKey?.startsWith(`access.key:${grant.id}:`))
        .map((message) => ({
          channel: message.channel,
          recipient: message.channel === "sms" ? maskPhone(message.recipient) : maskEmail(message.recipient),
          status: deliveryStatus(message.status),
          at: message.sentAt ?? message.updatedAt,
        })),
    };
  });
}

function deliveryStatus(status: (typeof notifications.$inferSelect)["status"]): CredentialDelivery["status"] {
  if (status === "failed") return "failed";
  return status === "sent" || status === "delivered_to_dev_mailbox" ? "sent" : "queued";
}

/** last_error starts with the LockError code ("unavailable: ..."; retry-policy.ts describeError). */
export function classifyProblem(lastError: string): CredentialProblem {
  const code = /^([a-z_]+):/.exec(lastError)?.[1];
  if (code === "unavailable" || code === "timeout" || code === "rate_limited") return "unreachable";
  if (code === "validation" || code === "conflict" || code === "not_found") return "refused";
  if (code === "auth") return "credentials";
  return "other";
}

/** "anna.muster@example.com" -> "a***@example.com": recognisable for the holder, not for a screenshot. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accessGrants } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { createBookingGrant } from "./booking-access";
import { lockBooking, lockLiveBookingGrants, type Grant } from "./grant-store";
import { loadBookingAccess } from "./load-plan";
import { retireGrant } from "./retire";
import { wakeAccessWorkers } from "./sync-jobs";

// The cockpit's one-click "Re-issue": the booking's access is revoked and a new credential ordered, in one
// transaction, through the engine's usual lifecycle. The new grant has its own id, so its own idempotency
// key (a new credential at the lock system, never the old one found again), its own PIN, its own digital-key
// link and its own delivery (dedupe keys are per grant). The old one is revoked at once rather than after the
// new one works: a re-issue is asked for because the old credential must stop (lost, passed on, leaked).

export type ReissueResult =
  | { kind: "reissued"; grant: Grant; retired: string[] }
  | { kind: "not_found" }
  /** No booking (a community grant), a booking not confirmed, over, or without door access planned. */
  | { kind: "not_reissuable"; reason: "no_booking" | "booking_not_confirmed" | "booking_over" | "no_access_planned" };

export async function reissueGrant({ orgId, grantId, actorUserId, now = new Date() }: { orgId: string; grantId: string; actorUserId: string; now?: Date }): Promise<ReissueResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ReissueResult> => {
    const [seen] = await tx.select({ bookingId: accessGrants.bookingId }).from(accessGrants).where(and(eq(accessGrants.id, grantId), eq(accessGrants.orgId, orgId)));
    if (!seen) return { kind: "not_found" };
    if (!seen.bookingId) return { kind: "not_reissuable", reason: "no_booking" };
    const booking = await lockBooking(tx, seen.bookingId);
    const access = booking ? await loadBookingAccess(tx, { orgId, bookingId: seen.bookingId }) : null;
    if (!booking || !access) return { kind: "not_found" };
    if (booking.status !== "confirmed") return { kind: "not_reissuable", reason: "booking_not_confirmed" };
    if (!access.plan) return { kind: "not_reissuable", reason: "no_access_planned" };
    if (access.plan.window.end.getTime() <= now.getTime()) return { kind: "not_reissuable", reason: "booking_over" };
    const retired: string[] = [];
    for (const grant of await lockLiveBookingGrants(tx, booking.id)) {
      if (await retireGrant(tx, grant, "reissued")) retired.push(grant.id);
    }
    const grant = await createBookingGrant(tx, booking, access.plan);
    await recordAudit(
      { orgId, actorUserId, action: "access.reissued", entityType: "access_grant", entityId: grantId, data: { bookingId: booking.id, newGrantId: grant.id, retired } },
      tx,
    );
    return { kind: "reissued", grant, retired };
  });
  if (result.kind === "reissued") wakeAccessWorkers();
  return result;
}

import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { compiledQuery } from "@/db/compiled-query";
import { bookings } from "@/db/schema";
import { isExclusionViolation } from "@/db/errors";
import { AppError } from "@/lib/errors/app-error";
import type { CancelBookingInput, CreateBookingInput, DecideBookingInput, RescheduleBookingInput } from "./schemas";
import { assertPeriodFollowsRules, assertQuota, blockedPeriodOf } from "./rules-check";
import { recordBookingChange } from "./booking-change";
import {
  countActiveFutureBookings,
  loadBookableResource,
  loadUser,
  lockBookingForActor,
  lockPersonOnResource,
  type Actor,
} from "./load";

// Booking writes. Rules are checked first; the exclusion constraint is the final guard against overlaps,
// and its violation becomes "this slot was just taken" (never a 500).

type Options<T> = { actor: Actor; input: T; now?: Date };

export async function createBooking({ actor, input, now = new Date() }: Options<CreateBookingInput>) {
  const db = await getDb();
  const { resource, timeZone, rules } = await loadBookableResource(db, actor.orgId, input.resourceId);
  const period = { start: input.start, end: input.end };
  assertPeriodFollowsRules({ rules, timeZone, period, now });
  const booker = await loadUser(db, actor.userId);
  const holder = input.forSomeoneElse
    ? { name: input.holderName!, phone: input.holderPhone, email: input.holderEmail }
    : { name: booker.name ?? booker.email, phone: booker.phone, email: booker.email };
  if (resource.requiresPhone && !holder.phone) {
    throw input.forSomeoneElse
      ? new AppError("VALIDATION", "engine.errors.validation", { holderPhone: ["engine.errors.phoneRequired"] })
      : new AppError("VALIDATION", "engine.errors.profilePhoneRequired");
  }
  return withSlotConflict(() =>
    db.transaction(async (tx) => {
      await lockPersonOnResource(tx, resource.id, actor.userId);
      assertQuota(rules, await countActiveFutureBookings(tx, { resourceId: resource.id, bookerId: actor.userId, now }));
      const status = resource.requiresApproval ? "pending" : "confirmed";
      const [booking] = await insertBooking(tx, {
        orgId: actor.orgId,
        resourceId: resource.id,
        bookerId: actor.userId,
        holderName: holder.name,
        holderPhone: holder.phone,
        holderEmail: holder.email,
        period,
        blockedPeriod: blockedPeriodOf(period, rules),
        status,
        note: input.note || null,
      } satisfies typeof bookings.$inferInsert);
      await recordBookingChange(tx, {
        actor,
        booking: booking!,
        action: status === "pending" ? "booking.requested" : "booking.confirmed",
        event: status === "confirmed" ? "confirmed" : undefined,
        email: status === "pending" ? "pending" : "confirmed",
      });
      return booking!;
    }),
  );
}

const insertBooking = compiledQuery(
  "insert_booking",
  ["orgId", "resourceId", "bookerId", "holderName", "holderPhone", "holderEmail", "period", "blockedPeriod", "status", "note"],
  (db, p) => db.insert(bookings).values({ ...p }).returning(),
);

/** Moves a booking atomically: the old period is released and the new one taken in one statement. */
export async function rescheduleBooking({ actor, input, now = new Date() }: Options<RescheduleBookingInput>) {
  const db = await getDb();
  return withSlotConflict(() =>
    db.transaction(async (tx) => {
      const current = await lockBookingForActor(tx, actor, input.bookingId);
      assertChangeable(current, now);
      if (current.version !== input.version) throw new AppError("CONFLICT", "engine.errors.stale");
      const { timeZone, rules } = await loadBookableResource(tx, actor.orgId, current.resourceId);
      const period = { start: input.start, end: input.end };
      assertPeriodFollowsRules({ rules, timeZone, period, now });
      const [booking] = await tx
        .update(bookings)
        .set({ period, blockedPeriod: blockedPeriodOf(period, rules), version: sql`${bookings.version} + 1` })
        .where(eq(bookings.id, current.id))
        .returning();
      await recordBookingChange(tx, {
        actor,
        booking: booking!,
        action: "booking.rescheduled",
        event: booking!.status === "confirmed" ? "rescheduled" : undefined,
        email: "rescheduled",
        previousPeriod: current.period,
        data: { previousStart: current.period.start.toISOString(), previousEnd: current.period.end.toISOString() },
      });
      return booking!;
    }),
  );
}

export async function cancelBooking({ actor, input, now = new Date() }: Options<CancelBookingInput>) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockBookingForActor(tx, actor, input.bookingId);
    assertChangeable(current, now);
    const [booking] = await tx
      .update(bookings)
      .set({ status: "cancelled", cancelledAt: now, version: sql`${bookings.version} + 1` })
      .where(eq(bookings.id, current.id))
      .returning();
    await recordBookingChange(tx, { actor, booking: booking!, action: "booking.cancelled", event: "cancelled", email: "cancelled" });
    return booking!;
  });
}

/** Admin approval of a pending booking: confirm or decline. */
export async function decideBooking({ actor, input, now = new Date() }: Options<DecideBookingInput>) {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN", "errors.forbidden");
  const db = await getDb();
  return withSlotConflict(() =>
    db.transaction(async (tx) => {
      const current = await lockBookingForActor(tx, actor, input.bookingId);
      if (current.status !== "pending") throw new AppError("CONFLICT", "engine.errors.notPending");
      const confirm = input.decision === "confirm";
      if (confirm && current.period.start <= now) throw new AppError("CONFLICT", "engine.errors.alreadyStarted");
      const [booking] = await tx
        .update(bookings)
        .set({ status: confirm ? "confirmed" : "declined", version: sql`${bookings.version} + 1` })
        .where(eq(bookings.id, current.id))
        .returning();
      await recordBookingChange(tx, {
        actor,
        booking: booking!,
        action: confirm ? "booking.approved" : "booking.declined",
        event: confirm ? "confirmed" : "declined",
        email: confirm ? "confirmed" : "declined",
        data: input.reason ? { reason: input.reason } : undefined,
      });
      return booking!;
    }),
  );
}

function assertChangeable(booking: typeof bookings.$inferSelect, now: Date): void {
  if (booking.status !== "pending" && booking.status !== "confirmed") throw new AppError("CONFLICT", "engine.errors.notActive");
  if (booking.period.start <= now) throw new AppError("CONFLICT", "engine.errors.alreadyStarted");
}

async function withSlotConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isExclusionViolation(error)) throw new AppError("CONFLICT", "engine.errors.slotTaken");
    throw error;
  }
}

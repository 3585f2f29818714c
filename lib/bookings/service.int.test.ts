import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { bookings, auditEvents } from "@/db/schema";
import { createUser } from "@/db/factories";
import { AppError } from "@/lib/errors/app-error";
import { cancelBooking, createBooking, decideBooking, rescheduleBooking } from "./service";
import { createBookingScenario, jobsIn, summer, useBookingTestDatabase } from "./testing/setup";

const state = useBookingTestDatabase();
const now = summer("2027-06-01T08:00");

const slot = (resourceId: string, start: string, end: string) => ({
  resourceId,
  start: summer(start),
  end: summer(end),
  forSomeoneElse: false,
  holderPhone: null,
  holderEmail: null,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe(`booking service on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("50 concurrent attempts at one slot give exactly 1 booking and 49 clean conflicts", async () => {
    const s = await createBookingScenario(state.database);
    const people = await Promise.all(Array.from({ length: 50 }, () => createUser(state.database.db, s.org.id)));
    const results = await Promise.allSettled(
      people.map((person) => createBooking({ actor: s.actor(person), input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now })),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    for (const r of rejected) expect(r.reason).toMatchObject({ code: "CONFLICT", message: "engine.errors.slotTaken" });
    expect(await state.database.db.select().from(bookings)).toHaveLength(1);
    // Exactly one e-mail job (this resource opens no door: its access was settled in the transaction, no
    // event job): rolled-back attempts left none.
    expect((await jobsIn(state.database)).map((j) => j.name)).toEqual(["booking.notify"]);
  });

  it("writes the booking, its audit event and its jobs in one transaction", async () => {
    const s = await createBookingScenario(state.database);
    const booking = await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:30"), now });
    expect(booking).toMatchObject({ status: "confirmed", version: 1, holderPhone: "+43664000002" });
    expect(booking.period).toEqual({ start: summer("2027-06-02T10:00"), end: summer("2027-06-02T11:30") });
    const audit = await state.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, booking.id));
    expect(audit.map((a) => a.action)).toEqual(["booking.confirmed"]);
    const jobs = await jobsIn(state.database);
    expect(jobs).toEqual([{ name: "booking.notify", data: { bookingId: booking.id, orgId: s.org.id, version: 1, kind: "confirmed" } }]);
  });

  it("a buffer blocks an adjacent booking, and a booking beyond the buffer is accepted", async () => {
    const s = await createBookingScenario(state.database, { rules: { bufferAfterMinutes: 30 } });
    await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
    const error = await refusal(createBooking({ actor: s.asAdmin, input: slot(s.resource.id, "2027-06-02T11:00", "2027-06-02T12:00"), now }));
    expect(error).toMatchObject({ code: "CONFLICT", message: "engine.errors.slotTaken" });
    await createBooking({ actor: s.asAdmin, input: slot(s.resource.id, "2027-06-02T11:30", "2027-06-02T12:30"), now });
  });

  it.each([
    ["quota", { maxActiveBookingsPerPerson: 1 }, ["2027-06-03T10:00", "2027-06-03T11:00"], "engine.errors.quota"],
    ["lead time", { minLeadMinutes: 120 }, ["2027-06-01T09:00", "2027-06-01T10:00"], "engine.errors.leadTime"],
    ["max days ahead", { maxDaysAhead: 7 }, ["2027-06-10T10:00", "2027-06-10T11:00"], "engine.errors.tooFarAhead"],
    ["opening hours (before opening)", {}, ["2027-06-02T06:00", "2027-06-02T07:30"], "engine.errors.closed"],
    ["opening hours (past closing)", {}, ["2027-06-02T21:30", "2027-06-02T22:30"], "engine.errors.closed"],
    ["minimum duration", { slotMinutes: 15, minDurationMinutes: 30 }, ["2027-06-02T10:00", "2027-06-02T10:15"], "engine.errors.tooShort"],
    ["maximum duration", { maxDurationMinutes: 120 }, ["2027-06-02T10:00", "2027-06-02T12:30"], "engine.errors.tooLong"],
    ["slot grid", {}, ["2027-06-02T10:10", "2027-06-02T11:10"], "engine.errors.grid"],
    ["past", {}, ["2027-05-31T10:00", "2027-05-31T11:00"], "engine.errors.inPast"],
  ] as const)("refuses by the %s rule with its own message", async (_name, rules, [start, end], message) => {
    const s = await createBookingScenario(state.database, { rules });
    if (message === "engine.errors.quota") {
      await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
    }
    const error = await refusal(createBooking({ actor: s.asResident, input: slot(s.resource.id, start, end), now }));
    expect(error).toMatchObject({ code: "VALIDATION", message });
  });

  it("reschedule into a taken slot leaves the original booking untouched", async () => {
    const s = await createBookingScenario(state.database);
    const mine = await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
    await createBooking({ actor: s.asAdmin, input: slot(s.resource.id, "2027-06-02T14:00", "2027-06-02T15:00"), now });
    const error = await refusal(
      rescheduleBooking({ actor: s.asResident, input: { bookingId: mine.id, version: 1, start: summer("2027-06-02T14:30"), end: summer("2027-06-02T15:30") }, now }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "engine.errors.slotTaken" });
    const [after] = await state.database.db.select().from(bookings).where(eq(bookings.id, mine.id));
    expect(after).toMatchObject({ version: 1, status: "confirmed", period: mine.period, blockedPeriod: mine.blockedPeriod });
    expect((await jobsIn(state.database)).filter((j) => j.name === "booking.rescheduled")).toHaveLength(0);
  });

  it("reschedules atomically: same id, new version, may overlap its own old period", async () => {
    const s = await createBookingScenario(state.database);
    const mine = await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
    const moved = await rescheduleBooking({
      actor: s.asResident,
      input: { bookingId: mine.id, version: 1, start: summer("2027-06-02T10:30"), end: summer("2027-06-02T11:30") },
      now,
    });
    expect(moved).toMatchObject({ id: mine.id, version: 2, period: { start: summer("2027-06-02T10:30"), end: summer("2027-06-02T11:30") } });
    const [audit] = await state.database.db.select().from(auditEvents).where(eq(auditEvents.action, "booking.rescheduled"));
    expect(audit?.data).toMatchObject({ version: 2, previousStart: summer("2027-06-02T10:00").toISOString() });
    expect((await jobsIn(state.database)).find((j) => j.name === "booking.notify" && j.data.version === 2)?.data).toMatchObject({ bookingId: mine.id, kind: "rescheduled" });
    const stale = await refusal(
      rescheduleBooking({ actor: s.asResident, input: { bookingId: mine.id, version: 1, start: summer("2027-06-02T16:00"), end: summer("2027-06-02T17:00") }, now }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: "engine.errors.stale" });
  });

  it("pending bookings need approval: confirm, decline, and a pending booking already holds its slot", async () => {
    const s = await createBookingScenario(state.database, { requiresApproval: true });
    const first = await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
    expect(first.status).toBe("pending");
    expect((await jobsIn(state.database)).map((j) => j.name)).toEqual(["booking.notify"]);
    const overlap = await refusal(createBooking({ actor: s.asAdmin, input: slot(s.resource.id, "2027-06-02T10:30", "2027-06-02T11:30"), now }));
    expect(overlap.message).toBe("engine.errors.slotTaken");
    const residentDecides = await refusal(decideBooking({ actor: s.asResident, input: { bookingId: first.id, decision: "confirm" }, now }));
    expect(residentDecides.code).toBe("FORBIDDEN");
    const confirmed = await decideBooking({ actor: s.asAdmin, input: { bookingId: first.id, decision: "confirm" }, now });
    expect(confirmed).toMatchObject({ status: "confirmed", version: 2 });
    expect((await jobsIn(state.database)).map((j) => j.name)).toEqual(["booking.notify", "booking.notify"]);

    const second = await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T13:00", "2027-06-02T14:00"), now });
    const declined = await decideBooking({ actor: s.asAdmin, input: { bookingId: second.id, decision: "decline" }, now });
    expect(declined.status).toBe("declined");
    const again = await refusal(decideBooking({ actor: s.asAdmin, input: { bookingId: second.id, decision: "confirm" }, now }));
    expect(again.message).toBe("engine.errors.notPending");
  });

  it("cancel frees the slot; only the booker (or an admin) may cancel, and only before the start", async () => {
    const s = await createBookingScenario(state.database);
    const mine = await createBooking({ actor: s.asResident, input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
    const other = await createUser(state.database.db, s.org.id);
    const notMine = await refusal(cancelBooking({ actor: s.actor(other), input: { bookingId: mine.id }, now }));
    expect(notMine.code).toBe("NOT_FOUND");
    const late = await refusal(cancelBooking({ actor: s.asResident, input: { bookingId: mine.id }, now: summer("2027-06-02T10:05") }));
    expect(late.message).toBe("engine.errors.alreadyStarted");
    const cancelled = await cancelBooking({ actor: s.asResident, input: { bookingId: mine.id }, now });
    expect(cancelled).toMatchObject({ status: "cancelled", version: 2 });
    expect((await jobsIn(state.database)).find((j) => j.name === "booking.notify" && j.data.version === 2)?.data).toMatchObject({ bookingId: mine.id, kind: "cancelled" });
    await createBooking({ actor: s.actor(other), input: slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now });
  });

  it("a resource that needs a phone refuses a booking for someone else without a mobile number", async () => {
    const s = await createBookingScenario(state.database, { requiresPhone: true });
    const input = { ...slot(s.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), forSomeoneElse: true, holderName: "Guest" };
    const error = await refusal(createBooking({ actor: s.asResident, input, now }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { holderPhone: ["engine.errors.phoneRequired"] } });
    const booking = await createBooking({ actor: s.asResident, input: { ...input, holderPhone: "+41791234512" }, now });
    expect(booking).toMatchObject({ holderName: "Guest", holderPhone: "+41791234512", bookerId: s.resident.id });
  });

  it("another organisation's resource cannot be booked", async () => {
    const a = await createBookingScenario(state.database);
    const b = await createBookingScenario(state.database);
    const error = await refusal(createBooking({ actor: a.asAdmin, input: slot(b.resource.id, "2027-06-02T10:00", "2027-06-02T11:00"), now }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { bookings } from "@/db/schema";
import { createBooking, createResource, createSite, hoursFrom } from "@/db/factories";
import { createSecurityCast, isRefusal } from "@/lib/testing/action-security";
import { useBookingTestDatabase } from "./testing/setup";
import { decideBookingAction } from "./actions";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const env = useBookingTestDatabase();

async function pendingBooking() {
  const cast = await createSecurityCast(env.database);
  const site = await createSite(env.database.db, cast.org.id);
  const resource = await createResource(env.database.db, cast.org.id, site.id, { requiresApproval: true });
  const booking = await createBooking(env.database.db, cast.org.id, resource.id, {
    period: hoursFrom(new Date(), 48, 49),
    status: "pending",
    bookerId: cast.resident.id,
  });
  return { cast, booking };
}

async function statusOf(id: string) {
  const [row] = await env.database.db.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, id));
  return row!.status;
}

describe("booking approval is the admin's, of their own organisation only", () => {
  it.each([
    ["nobody signed in", "asNobody", "UNAUTHENTICATED"],
    ["a resident", "asResident", "FORBIDDEN"],
    ["an admin of another organisation", "asOtherAdmin", "NOT_FOUND"],
  ] as const)("%s cannot confirm a pending booking", async (_who, as, code) => {
    const { cast, booking } = await pendingBooking();
    cast[as]();
    const result = await decideBookingAction({ bookingId: booking.id, decision: "confirm" });
    expect(isRefusal(result)).toBe(true);
    expect(result).toMatchObject({ ok: false, code });
    expect(await statusOf(booking.id)).toBe("pending");
  });

  it("the organisation's admin can", async () => {
    const { cast, booking } = await pendingBooking();
    cast.asAdmin();
    expect(await decideBookingAction({ bookingId: booking.id, decision: "confirm" })).toMatchObject({ ok: true });
    expect(await statusOf(booking.id)).toBe("confirmed");
  });
});

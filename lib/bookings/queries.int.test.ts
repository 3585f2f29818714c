import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/db/testing-hooks";
import { createBooking, createOrganization, createResource, createSite, createUser, hoursFrom } from "@/db/factories";
import { countPendingBookings, listBookingsByBooker } from "./queries";

const testDb = useTestDatabase();

describe("booking reads are scoped by organisation", () => {
  it("lists a booker's bookings in their organisation, earliest first, with the site's time zone", async () => {
    const { db } = testDb.database;
    const org = await createOrganization(db);
    const other = await createOrganization(db);
    const booker = await createUser(db, org.id);
    const site = await createSite(db, org.id, { timeZone: "Europe/Zurich" });
    const resource = await createResource(db, org.id, site.id);
    const otherResource = await createResource(db, other.id, (await createSite(db, other.id)).id);
    const base = new Date("2030-01-06T08:00:00Z");
    const later = await createBooking(db, org.id, resource.id, { bookerId: booker.id, period: hoursFrom(base, 5, 6) });
    const earlier = await createBooking(db, org.id, resource.id, { bookerId: booker.id, period: hoursFrom(base, 1, 2), status: "pending" });
    await createBooking(db, org.id, resource.id, { period: hoursFrom(base, 3, 4) });
    await createBooking(db, other.id, otherResource.id, { bookerId: booker.id, period: hoursFrom(base, 1, 2), status: "pending" });

    const mine = await listBookingsByBooker({ orgId: org.id, bookerId: booker.id });
    expect(mine.map((b) => b.id)).toEqual([earlier.id, later.id]);
    expect(mine[0]).toMatchObject({ timeZone: "Europe/Zurich", status: "pending", period: hoursFrom(base, 1, 2) });
    expect(await countPendingBookings({ orgId: org.id })).toBe(1);
  });
});

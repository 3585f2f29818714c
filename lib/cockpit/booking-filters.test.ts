import { describe, expect, it } from "vitest";
import { bookingListHref, hasActiveFilter, parseBookingFilters } from "./booking-filters";

describe("cockpit booking list filters in the URL", () => {
  it("parses what the filter form sends and drops what does not fit", () => {
    const site = "0b8a2c1e-8f3d-4c3a-9f55-2f0e7b0e4a11";
    expect(parseBookingFilters({ site, resource: "", status: "pending", from: "2027-03-01", to: "", problems: "1", sort: "start", dir: "desc" })).toEqual({
      site,
      status: "pending",
      from: "2027-03-01",
      problems: "1",
      sort: "start",
      dir: "desc",
    });
    expect(parseBookingFilters({ site: "1 or 1=1", status: "deleted", from: "03/01/2027", sort: "holder_phone", dir: "up" })).toEqual({});
  });

  it("round-trips through the link, so a filtered and sorted list can be shared", () => {
    const filters = parseBookingFilters({ status: "confirmed", problems: "1", sort: "resource", dir: "asc" });
    const href = bookingListHref(filters);
    expect(href).toBe("/cockpit/bookings?status=confirmed&problems=1&sort=resource&dir=asc");
    expect(parseBookingFilters(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(filters);
    expect(hasActiveFilter(filters)).toBe(true);
    expect(hasActiveFilter(parseBookingFilters({ sort: "start" }))).toBe(false);
  });
});

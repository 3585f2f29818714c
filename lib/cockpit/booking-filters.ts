import { z } from "zod";
import { bookingStatus } from "@/db/schema";

// The cockpit booking list's filters and sort order, as they stand in the URL (?site=&resource=&status=&from=
// &to=&problems=1&sort=start&dir=asc): a filtered list can be bookmarked and shared. Anything malformed is
// dropped rather than refused, so an old or hand-edited link still opens the list.

export const BOOKING_SORTS = ["start", "created", "resource", "status"] as const;
export type BookingSort = (typeof BOOKING_SORTS)[number];

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);

export const bookingFiltersSchema = z.object({
  site: lenient(z.uuid()),
  resource: lenient(z.uuid()),
  status: lenient(z.enum(bookingStatus.enumValues)),
  /** Local dates (the organisation's time zone), both ends included. */
  from: lenient(localDate),
  to: lenient(localDate),
  problems: lenient(z.literal("1")),
  sort: lenient(z.enum(BOOKING_SORTS)),
  dir: lenient(z.enum(["asc", "desc"])),
});

export type BookingFilters = z.infer<typeof bookingFiltersSchema>;

export function parseBookingFilters(params: Record<string, string | string[] | undefined>): BookingFilters {
  return bookingFiltersSchema.parse(params);
}

/** The URL of the list with these filters; undefined values drop out. */
export function bookingListHref(filters: BookingFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/cockpit/bookings?${text}` : "/cockpit/bookings";
}

export function hasActiveFilter(filters: BookingFilters): boolean {
  return Boolean(filters.site || filters.resource || filters.status || filters.from || filters.to || filters.problems);
}

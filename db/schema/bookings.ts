import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, timestamps, tstzrange } from "./columns";
import { bookingStatus } from "./enums";
import { organizations } from "./organizations";
import { resources } from "./resources";
import { users } from "./auth";

/**
 * Bookings. The exclusion constraint `bookings_no_overlap` (custom migration 0001, because drizzle-kit
 * cannot express EXCLUDE) makes two pending/confirmed bookings of one resource with overlapping
 * `blocked_period` impossible, whatever the application does.
 */
export const bookings = pgTable(
  "bookings",
  {
    id: id(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    bookerId: uuid("booker_id").references(() => users.id, { onDelete: "set null" }),
    /** The person the booking is for (the booker or someone they book for); the credential goes to them. */
    holderName: text("holder_name").notNull(),
    holderPhone: text("holder_phone"),
    holderEmail: text("holder_email"),
    /** What the holder booked: [start, end). */
    period: tstzrange("period").notNull(),
    /** The period plus the resource's setup/cleanup buffers: what neighbouring bookings may not overlap. */
    blockedPeriod: tstzrange("blocked_period").notNull(),
    status: bookingStatus("status").notNull().default("confirmed"),
    /** Incremented on every change (reschedule, status); lets jobs and forms detect stale state. */
    version: integer("version").notNull().default(1),
    note: text("note"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    check("bookings_blocked_covers_period", sql`${t.blockedPeriod} @> ${t.period}`),
    check("bookings_period_not_empty", sql`not isempty(${t.period})`),
    index("bookings_org_status_idx").on(t.orgId, t.status),
    index("bookings_booker_idx").on(t.bookerId),
  ],
);

import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { organizations } from "./organizations";
import { sites } from "./sites";

/**
 * Booking rules as stored; the zod schema in lib/resources/schemas.ts is the authority on their shape.
 * Kept as JSON so rules can grow without a migration per field.
 */
export type StoredBookingRules = Record<string, unknown>;

export const resources = pgTable("resources", {
  id: id(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  siteId: uuid("site_id")
    .notNull()
    .references(() => sites.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  kind: text("kind").notNull().default("room"),
  description: text("description"),
  capacity: integer("capacity"),
  rules: jsonb("rules").$type<StoredBookingRules>().notNull().default({}),
  /** Access Control Identifier: `accessPoint:ID,zone:ID` (parsed by lib/locks/identifiers.ts). */
  accessIdentifier: text("access_identifier"),
  requiresApproval: boolean("requires_approval").notNull().default(false),
  requiresPhone: boolean("requires_phone").notNull().default(false),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
  ...timestamps(),
});

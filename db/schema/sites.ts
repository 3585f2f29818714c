import { jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { organizations } from "./organizations";
import { doors, lockIntegrations } from "./locks";

export type LocalizedText = { de: string; en: string };

export const sites = pgTable("sites", {
  id: id(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  address: text("address"),
  /** IANA zone; availability, e-mails and lock windows are computed in it. */
  timeZone: text("time_zone").notNull(),
  integrationId: uuid("integration_id").references(() => lockIntegrations.id, { onDelete: "set null" }),
  /** "Info about door access", shown on the booking page and in e-mails. */
  accessInfo: jsonb("access_info").$type<LocalizedText>().notNull().default({ de: "", en: "" }),
  ...timestamps(),
});

/** Doors every booking at the site includes (main entrance, cloakroom / WC). */
export const siteAlwaysOpenDoors = pgTable(
  "site_always_open_doors",
  {
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    doorId: uuid("door_id")
      .notNull()
      .references(() => doors.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.doorId] })],
);

import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { doorKind, integrationStatus, lockVendor } from "./enums";
import { organizations } from "./organizations";
import { sites } from "./sites";

/** A connection to one installation of a lock system (one Xesar installation, one exivo site). */
export const lockIntegrations = pgTable("lock_integrations", {
  id: id(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  vendor: lockVendor("vendor").notNull(),
  name: text("name").notNull(),
  /** AES-256-GCM envelope of the vendor credentials (certificates, keys, API secrets); never sent to a browser. */
  credentialsEncrypted: text("credentials_encrypted"),
  /** Non-secret settings: broker address, installation time zone, exivo site id, ... */
  settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
  status: integrationStatus("status").notNull().default("unverified"),
  lastVerifiedAt: timestamp("last_verified_at", { withTimezone: true }),
  lastError: text("last_error"),
  ...timestamps(),
});

/** Access points, zones, components and gateways as the lock system reports them. */
export const doors = pgTable(
  "doors",
  {
    id: id(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => lockIntegrations.id, { onDelete: "cascade" }),
    /** Set when the door belongs to a site; a lock installation can serve several sites. */
    siteId: uuid("site_id").references(() => sites.id, { onDelete: "set null" }),
    vendorId: text("vendor_id").notNull(),
    kind: doorKind("kind").notNull(),
    name: text("name").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("doors_integration_kind_vendor_unique").on(t.integrationId, t.kind, t.vendorId)],
);

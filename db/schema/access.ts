import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, timestamps, tstzrange } from "./columns";
import { accessRuleKind, credentialType, grantStatus } from "./enums";
import { organizations } from "./organizations";
import { lockIntegrations } from "./locks";
import { resources } from "./resources";
import { communities } from "./communities";
import { bookings } from "./bookings";
import { users } from "./auth";

/** "Access through booking" (resource -> doors) or "access through communities" (community -> doors). */
export const accessRules = pgTable(
  "access_rules",
  {
    id: id(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: accessRuleKind("kind").notNull(),
    resourceId: uuid("resource_id").references(() => resources.id, { onDelete: "cascade" }),
    communityId: uuid("community_id").references(() => communities.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id").references(() => lockIntegrations.id, { onDelete: "cascade" }),
    /** Access Control Identifier of the doors this rule opens (for booking rules: in addition to the resource's). */
    accessIdentifier: text("access_identifier"),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    credentialType: credentialType("credential_type").notNull().default("pin_link"),
    sendPinBySms: boolean("send_pin_by_sms").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    check(
      "access_rules_target",
      sql`(${t.kind} = 'booking' and ${t.resourceId} is not null) or (${t.kind} = 'community' and ${t.communityId} is not null)`,
    ),
  ],
);

/** One credential at one lock system: desired state (status) and what the vendor reported (vendorRefs, observedAt). */
export const accessGrants = pgTable(
  "access_grants",
  {
    id: id(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "cascade" }),
    accessRuleId: uuid("access_rule_id").references(() => accessRules.id, { onDelete: "set null" }),
    /** For community grants: the member who holds the access. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => lockIntegrations.id, { onDelete: "cascade" }),
    doorIds: uuid("door_ids").array().notNull().default(sql`'{}'::uuid[]`),
    window: tstzrange("window").notNull(),
    credentialType: credentialType("credential_type").notNull(),
    status: grantStatus("status").notNull().default("requested"),
    /** AES-256-GCM envelope; erased by the daily cleanup once the grant has expired. */
    pinEncrypted: text("pin_encrypted"),
    /** SHA-256 of the digital-key link token; the token itself is never stored. */
    keyTokenHash: text("key_token_hash").unique(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    vendorRefs: jsonb("vendor_refs").$type<Record<string, string>>().notNull().default({}),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    observedAt: timestamp("observed_at", { withTimezone: true }),
    activatedAt: timestamp("activated_at", { withTimezone: true }),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    /** Set once when the start-time guarantee raised its alert for this grant (start-alerts.ts). */
    startAlertedAt: timestamp("start_alerted_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    check(
      "access_grants_source",
      sql`${t.bookingId} is not null or (${t.accessRuleId} is not null and ${t.userId} is not null)`,
    ),
    index("access_grants_booking_idx").on(t.bookingId),
    index("access_grants_org_status_idx").on(t.orgId, t.status),
  ],
);

import { pgEnum } from "drizzle-orm/pg-core";

export const membershipRole = pgEnum("membership_role", ["admin", "resident"]);
export const locale = pgEnum("locale", ["de", "en"]);

export const lockVendor = pgEnum("lock_vendor", ["xesar", "exivo"]);
export const integrationStatus = pgEnum("integration_status", ["unverified", "verified", "failed", "disabled"]);
export const doorKind = pgEnum("door_kind", ["access_point", "zone", "component", "gateway"]);

export const bookingStatus = pgEnum("booking_status", ["pending", "confirmed", "declined", "cancelled"]);

export const accessRuleKind = pgEnum("access_rule_kind", ["booking", "community"]);
export const credentialType = pgEnum("credential_type", ["mobile_key", "pin_link", "pin"]);
export const grantStatus = pgEnum("grant_status", [
  "requested",
  "in_progress",
  "activation_pending",
  "active",
  "removal_pending",
  "removed",
  "failed",
  "expired",
]);

export const notificationChannel = pgEnum("notification_channel", ["email", "sms"]);
export const notificationStatus = pgEnum("notification_status", [
  "queued",
  "sending",
  "sent",
  "delivered_to_dev_mailbox",
  "failed",
]);

import { z } from "zod";

// The audit log's filters as they stand in the URL (?action=access.&actor=<user id>|system&entity=booking
// &from=2027-06-01&to=2027-06-30&page=2). Malformed values are dropped, so an edited link still opens the log.

export const AUDIT_ENTITY_TYPES = ["booking", "access_grant", "user", "integration", "resource", "site"] as const;
export const AUDIT_PAGE_SIZE = 50;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);

export const auditFiltersSchema = z.object({
  /** An action or the start of one: "access.pin_revealed", or "key." for every digital-key event. */
  action: lenient(z.string().trim().max(80).regex(/^[a-z_.]+$/)),
  /** A member's user id, or "system" for events no person caused. */
  actor: lenient(z.union([z.uuid(), z.literal("system")])),
  entity: lenient(z.enum(AUDIT_ENTITY_TYPES)),
  /** One entity's events, e.g. a booking's or an access's (its id). */
  entityId: lenient(z.string().trim().max(80)),
  from: lenient(localDate),
  to: lenient(localDate),
  page: lenient(z.coerce.number().int().min(1).max(10_000)),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  return auditFiltersSchema.parse(params);
}

export function auditLogHref(filters: AuditFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
  const text = query.toString();
  return text ? `/cockpit/audit?${text}` : "/cockpit/audit";
}

/**
 * The parts of an event's data the log may show: names and reasons. Everything else stays out (client
 * hashes, ids of messages, anything a future event might carry), so the page can never show a secret.
 */
const SHOWN_KEYS = ["door", "reason", "from", "drift", "error", "credentialType", "observed"] as const;

export function summarizeAuditData(data: Record<string, unknown>): { key: string; value: string }[] {
  const shown: { key: string; value: string }[] = [];
  for (const key of SHOWN_KEYS) {
    const value = data[key];
    if (typeof value === "string" && value !== "") shown.push({ key, value: value.length > 200 ? `${value.slice(0, 200)}…` : value });
  }
  return shown;
}

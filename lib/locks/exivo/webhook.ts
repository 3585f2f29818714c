import { createHash, timingSafeEqual } from "node:crypto";
import type { DoorEvent, GrantRefs } from "../types";
import { LockError } from "../types";
import { webhookSchema } from "./schemas";

// exivo webhooks carry no signature: the exivo app sends a header the admin configured (by default we expect
// `Authorization`). Comparing it in constant time is all the authentication there is.

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

const RESULTS: Record<string, DoorEvent["result"]> = {
  accessPermitted: "permitted",
  accessDenied: "denied",
  componentUnlocked: "unlocked",
  sabotageAlarm: "alarm",
};

/**
 * Verifies and maps one exivo webhook. Throws LockError `auth` (answer 401) or `validation` (answer 400);
 * returns null for an authentic event we do not map (answer 2xx so exivo does not redeliver it).
 */
export function parseExivoWebhook(
  headers: WebhookHeaders,
  body: unknown,
  expectedAuthHeader: string,
  headerName = "authorization",
): DoorEvent | null {
  if (!expectedAuthHeader) {
    throw new LockError({ code: "auth", message: "No webhook auth header is configured for this exivo site: refusing every webhook." });
  }
  const received = readHeader(headers, headerName);
  if (received === undefined || !equalInConstantTime(received, expectedAuthHeader)) {
    throw new LockError({ code: "auth", message: `exivo webhook: the ${headerName} header is missing or wrong.` });
  }
  const parsed = webhookSchema.safeParse(decodeBody(body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LockError({ code: "validation", message: `exivo webhook: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}` });
  }
  const { name, occurredAt, payload } = parsed.data;
  const result = RESULTS[name];
  if (!result) return null;
  let refs: GrantRefs | undefined;
  if (payload.visitId) refs = { kind: "visit", visitId: payload.visitId };
  else if (payload.digitalKeyVisitId) refs = { kind: "digitalKeyVisit", visitId: payload.digitalKeyVisitId };
  return { doorVendorId: payload.componentId, result, at: new Date(occurredAt), vendorEvent: name, ...(refs ? { refs } : {}) };
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

// Hashing first makes both sides the same length, so the comparison leaks neither content nor length.
function equalInConstantTime(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(a), digest(b));
}

function decodeBody(body: unknown): unknown {
  const text = typeof body === "string" ? body : body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : undefined;
  if (text === undefined) return body;
  try {
    return JSON.parse(text);
  } catch {
    throw new LockError({ code: "validation", message: "exivo webhook: the body is not JSON." });
  }
}

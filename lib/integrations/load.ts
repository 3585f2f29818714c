import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { lockIntegrations } from "@/db/schema";
import { openSecret } from "@/lib/crypto/key-ring";
import { notFound } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids";

// Server-side only: the stored credentials opened for the services. Nothing here is ever returned to a page.

export type StoredIntegration = typeof lockIntegrations.$inferSelect & { credentials: Record<string, string> };

/** The organisation's integration with its opened credentials; another organisation's id is NOT_FOUND. */
export async function loadIntegration(db: DbOrTx, { orgId, integrationId }: { orgId: string; integrationId: string }): Promise<StoredIntegration> {
  if (!isUuid(integrationId)) throw notFound();
  const [row] = await db
    .select()
    .from(lockIntegrations)
    .where(and(eq(lockIntegrations.id, integrationId), eq(lockIntegrations.orgId, orgId)));
  if (!row) throw notFound();
  return { ...row, credentials: openCredentials(row.credentialsEncrypted) };
}

export function openCredentials(envelope: string | null): Record<string, string> {
  if (!envelope) return {};
  const parsed = JSON.parse(openSecret(envelope)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}

/** Every secret value of an integration, for scrubbing vendor messages before they are stored or shown. */
export function scrubSecrets(text: string, credentials: Record<string, string>): string {
  let scrubbed = text;
  for (const value of Object.values(credentials)) if (value.length >= 4) scrubbed = scrubbed.split(value).join("***");
  return scrubbed;
}

import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockIntegrations } from "@/db/schema";
import { sealSecret } from "@/lib/crypto/key-ring";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors/app-error";
import type { LockVendor } from "@/lib/locks/types";
import { buildExivoConfig, buildXesarConfig, type BuiltConfig, type Previous } from "./config-builder";
import { loadIntegration } from "./load";
import type { ExivoIntegrationInput, XesarIntegrationInput } from "./schemas";

// Integration writes. Credentials are sealed (AES-256-GCM, lib/crypto) before they touch the database; the
// audit event names which secrets changed, never their values.

export type IntegrationActor = { userId: string; orgId: string };

type SaveInput = { vendor: "exivo"; input: ExivoIntegrationInput } | { vendor: "xesar"; input: XesarIntegrationInput };

export async function saveIntegration({ actor, ...request }: SaveInput & { actor: IntegrationActor }): Promise<{ id: string; status: string }> {
  const db = await getDb();
  const existing = request.input.integrationId ? await loadIntegration(db, { orgId: actor.orgId, integrationId: request.input.integrationId }) : null;
  if (existing && existing.vendor !== request.vendor) throw new AppError("CONFLICT", "cockpitIntegrations.errors.vendorChange");
  const previous: Previous = existing ? { settings: existing.settings, credentials: existing.credentials } : null;
  const built: BuiltConfig = request.vendor === "exivo" ? buildExivoConfig(request.input, previous) : buildXesarConfig(request.input, previous);
  const { settings, credentials } = built.config;
  // Only a change of what the driver uses makes an earlier verification meaningless; a new name does not.
  const connectionChanged = !existing || built.changedSecrets.length > 0 || JSON.stringify(existing.settings) !== JSON.stringify(settings);
  const values = {
    name: request.input.name,
    settings,
    credentialsEncrypted: sealSecret(JSON.stringify(credentials)),
    ...(connectionChanged ? { status: "unverified" as const, lastError: null } : {}),
  };
  return db.transaction(async (tx) => {
    const [row] = existing
      ? await tx.update(lockIntegrations).set({ ...values, updatedAt: new Date() }).where(eq(lockIntegrations.id, existing.id)).returning()
      : await tx.insert(lockIntegrations).values({ orgId: actor.orgId, vendor: request.vendor as LockVendor, ...values }).returning();
    await recordAudit(
      {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: existing ? "integration.updated" : "integration.created",
        entityType: "lock_integration",
        entityId: row!.id,
        data: { vendor: request.vendor, name: request.input.name, secretsChanged: built.changedSecrets, ...(request.vendor === "xesar" ? { source: request.input.source } : {}) },
      },
      tx,
    );
    return { id: row!.id, status: row!.status };
  });
}

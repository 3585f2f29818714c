import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockIntegrations } from "@/db/schema";

// credentialsEncrypted is never selected here: what a query does not read cannot leak into a page or a log.

export async function listIntegrations({ orgId }: { orgId: string }) {
  const db = await getDb();
  return db
    .select({
      id: lockIntegrations.id,
      vendor: lockIntegrations.vendor,
      name: lockIntegrations.name,
      status: lockIntegrations.status,
      lastVerifiedAt: lockIntegrations.lastVerifiedAt,
    })
    .from(lockIntegrations)
    .where(eq(lockIntegrations.orgId, orgId))
    .orderBy(asc(lockIntegrations.name));
}

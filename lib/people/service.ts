import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors/app-error";
import type { ProfileInput } from "./schemas";

const PROFILE_FIELDS = ["name", "phone", "locale"] as const;

/**
 * Updates the signed-in user's own row. userId comes from the session, never from the form, so nobody
 * can edit someone else's profile. orgId only files the audit event under the organisation's log.
 */
export async function updateProfile({ userId, orgId, input }: { userId: string; orgId: string | null; input: ProfileInput }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const columns = { name: users.name, phone: users.phone, locale: users.locale };
    const [before] = await tx.select(columns).from(users).where(eq(users.id, userId)).limit(1);
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    const changed = PROFILE_FIELDS.filter((field) => before[field] !== input[field]);
    if (changed.length === 0) return before;
    const [after] = await tx.update(users).set(input).where(eq(users.id, userId)).returning(columns);
    // Field names only: every admin reads the audit log, it should not copy personal data.
    await recordAudit({ orgId, actorUserId: userId, action: "profile.updated", entityType: "user", entityId: userId, data: { changed } }, tx);
    return after!;
  });
}

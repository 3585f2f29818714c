import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { personalDataHash } from "@/lib/crypto/personal-hash";

// Password guessing is slowed down like PIN guessing on the digital-key page: failed sign-ins are audited
// (with keyed hashes of the e-mail and client address, never the password) and counted over the last 15
// minutes, per account and per client address, so the limit holds across processes and restarts.

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_CLIENT = 30;

type Attempt = { email: string; clientAddress: string; now?: Date };

const accountKey = (email: string) => personalDataHash("account", email.trim().toLowerCase());

export async function isSignInLocked({ email, clientAddress, now = new Date() }: Attempt): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byAccount, byClient] = await Promise.all([
    countFailures(since, "account", accountKey(email)),
    countFailures(since, "client", personalDataHash("client", clientAddress)),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byClient >= MAX_FAILURES_PER_CLIENT;
}

export async function recordFailedSignIn({ email, clientAddress }: Attempt): Promise<void> {
  await recordAudit({
    orgId: null,
    actorUserId: null,
    action: "auth.sign_in_failed",
    data: { account: accountKey(email), client: personalDataHash("client", clientAddress) },
  });
}

async function countFailures(since: Date, field: "account" | "client", value: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "auth.sign_in_failed"), gt(auditEvents.createdAt, since), sql`${auditEvents.data}->>${field} = ${value}`));
  return Number(row?.count ?? 0);
}

import { and, asc, eq, isNull } from "drizzle-orm";
import { accessGrants, accessRules, communities, notifications } from "@/db/schema";
import type { CredentialType } from "@/lib/locks/types";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import type { Grant, GrantStatus } from "../grant-store";
import { waitFor, type AccessTestEnvironment } from "./setup";

// Community access on top of an access scenario (setup.ts): a community at the scenario's site with one
// "access through communities" rule for the given doors.

type Scenario = { org: { id: string }; site: { id: string }; integration: { id: string } };

export async function addCommunityWithRule(env: AccessTestEnvironment, s: Scenario, { accessIdentifier, credentialType }: { accessIdentifier: string; credentialType?: CredentialType }) {
  const { db } = env.database;
  const [community] = await db.insert(communities).values({ orgId: s.org.id, siteId: s.site.id, name: "Building A residents" }).returning();
  const [rule] = await db
    .insert(accessRules)
    .values({ orgId: s.org.id, kind: "community", communityId: community!.id, accessIdentifier, ...(credentialType ? { credentialType } : {}) })
    .returning();
  return { community: community!, rule: rule! };
}

export async function standingGrantsOf(env: AccessTestEnvironment, userId: string): Promise<Grant[]> {
  return env.database.db
    .select()
    .from(accessGrants)
    .where(and(eq(accessGrants.userId, userId), isNull(accessGrants.bookingId)))
    .orderBy(asc(accessGrants.createdAt));
}

export async function waitForStandingGrants(env: AccessTestEnvironment, userId: string, statuses: GrantStatus[], timeoutMs?: number): Promise<Grant[]> {
  wakeJobWorkers();
  return waitFor(
    () => standingGrantsOf(env, userId),
    (grants) => grants.length === statuses.length && grants.every((grant, index) => grant.status === statuses[index]),
    { timeoutMs, what: `standing grants ${statuses.join(", ")}` },
  );
}

export async function keyMessagesTo(env: AccessTestEnvironment, recipient: string) {
  return env.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, "access.key"), eq(notifications.recipient, recipient)));
}

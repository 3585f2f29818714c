import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { useTestDatabase } from "@/db/testing-hooks";
import { isSignInLocked, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_CLIENT, recordFailedSignIn, SIGN_IN_WINDOW_MS } from "./sign-in-limit";

const env = useTestDatabase();

const failTimes = async (count: number, email: (i: number) => string, client: (i: number) => string) => {
  for (let i = 0; i < count; i++) await recordFailedSignIn({ email: email(i), clientAddress: client(i) });
};

describe(`password sign-in limit (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("locks an account after 10 failures from any addresses, case-insensitively, and not its neighbours", async () => {
    await failTimes(MAX_FAILURES_PER_ACCOUNT - 1, () => "Anna@Example.test", (i) => `10.0.0.${i}`);
    expect(await isSignInLocked({ email: "anna@example.test", clientAddress: "10.9.9.9" })).toBe(false);
    await recordFailedSignIn({ email: "anna@example.test ", clientAddress: "10.0.1.1" });
    expect(await isSignInLocked({ email: "ANNA@example.test", clientAddress: "10.9.9.9" })).toBe(true);
    expect(await isSignInLocked({ email: "ben@example.test", clientAddress: "10.9.9.9" })).toBe(false);
  });

  it("locks a client address after 30 failures across accounts", async () => {
    await failTimes(MAX_FAILURES_PER_CLIENT, (i) => `user${i}@example.test`, () => "203.0.113.9");
    expect(await isSignInLocked({ email: "new@example.test", clientAddress: "203.0.113.9" })).toBe(true);
    expect(await isSignInLocked({ email: "new@example.test", clientAddress: "198.51.100.7" })).toBe(false);
  });

  it("opens again when the failures are older than the window", async () => {
    await failTimes(MAX_FAILURES_PER_ACCOUNT, () => "anna@example.test", () => "10.0.0.1");
    const later = new Date(Date.now() + SIGN_IN_WINDOW_MS + 60_000);
    expect(await isSignInLocked({ email: "anna@example.test", clientAddress: "10.0.0.1", now: later })).toBe(false);
  });

  it("keeps neither the e-mail nor the address in the audit log", async () => {
    await recordFailedSignIn({ email: "anna@example.test", clientAddress: "203.0.113.9" });
    const rows = await env.database.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in_failed"));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/anna|203\.0\.113/);
  });
});

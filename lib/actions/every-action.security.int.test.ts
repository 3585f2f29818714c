import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/db/testing-hooks";
import { createSecurityCast } from "@/lib/testing/action-security";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every server action in the code base, found by its "use server" file: unless it is listed below as meant
// for residents or the public, it is a cockpit action and must refuse a resident (FORBIDDEN) and an anonymous
// caller (UNAUTHENTICATED) without changing a single row. A new action is covered the moment it exists; one
// that is meant for residents has to be added here on purpose (and tested for its own scoping elsewhere).

const NOT_COCKPIT: Record<string, string> = {
  "lib/auth/actions.ts#signInWithPassword": "sign-in form",
  "lib/auth/actions.ts#requestMagicLink": "sign-in form",
  "lib/auth/actions.ts#signOutAction": "sign-out",
  "lib/i18n/actions.ts#setLocale": "language switch",
  "app/key/[token]/actions.ts#loginWithPin": "digital-key page (token + PIN, lockout tested in key-access)",
  "app/key/[token]/actions.ts#openDoorWithKey": "digital-key page (key session cookie)",
  "app/key/[token]/actions.ts#logoutKey": "digital-key page",
  "lib/bookings/actions.ts#getAvailabilityAction": "portal, scoped by org (bookings service tests)",
  "lib/bookings/actions.ts#createBookingAction": "portal, scoped by org (bookings service tests)",
  "lib/bookings/actions.ts#rescheduleBookingAction": "portal, own bookings only (bookings service tests)",
  "lib/bookings/actions.ts#cancelBookingAction": "portal, own bookings only (bookings service tests)",
  "lib/people/actions.ts#saveProfile": "portal, own profile",
};

const ROOT = path.resolve(__dirname, "../..");
const SKIP = new Set(["node_modules", ".next", ".data", ".git", "e2e", "test-results"]);

function serverActionFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name) || entry.name.includes(".test.")) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [path.relative(ROOT, full)] : [];
  });
}

function serverSecurityTests(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : serverSecurityTests(full);
    return entry.name.endsWith(".security.int.test.ts") ? [path.relative(ROOT, full)] : [];
  });
}

/** Exported names, read from the source: files with only resident/public actions are not even imported. */
function exportedNames(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((match) => match[1]!);
}

async function cockpitActions(): Promise<{ name: string; action: (...args: unknown[]) => Promise<unknown> }[]> {
  const found = [];
  for (const file of serverActionFiles()) {
    const names = exportedNames(file).filter((exported) => !(`${file}#${exported}` in NOT_COCKPIT));
    if (names.length === 0) continue;
    const module = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const exported of names) {
      const value = module[exported];
      if (typeof value === "function") found.push({ name: `${file}#${exported}`, action: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
  return found;
}

const env = useTestDatabase();

/** Every public table's row count: an action that was refused must not have written anywhere. */
async function rowCounts(): Promise<string> {
  const tables = await env.database.executeSql("select tablename from pg_tables where schemaname = 'public' order by tablename");
  const counts = [];
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const result = await env.database.executeSql(`select count(*)::int as n from "${tablename}"`);
    counts.push(`${tablename}=${(result.rows[0] as { n: number }).n}`);
  }
  return counts.join(",");
}

describe("every cockpit server action", () => {
  it("is found (the scan works)", async () => {
    const names = (await cockpitActions()).map((a) => a.name);
    expect(names).toContain("lib/bookings/actions.ts#decideBookingAction");
  });

  it("has its own table-driven test against an admin of another organisation", async () => {
    const here = path.relative(ROOT, __filename);
    const securityTests = serverSecurityTests().filter((file) => file !== here).map((file) => readFileSync(path.join(ROOT, file), "utf8"));
    const uncovered = (await cockpitActions()).map((a) => a.name).filter((name) => !securityTests.some((source) => source.includes(name.split("#")[1]!)));
    expect(uncovered).toEqual([]);
  });

  it("refuses a resident and an anonymous caller and changes nothing", async () => {
    const cast = await createSecurityCast(env.database);
    const before = await rowCounts();
    const outcomes: Record<string, unknown> = {};
    for (const { name, action } of await cockpitActions()) {
      cast.asResident();
      const asResident = await action({}).catch((error: unknown) => ({ threw: String(error) }));
      cast.asNobody();
      const asNobody = await action({}).catch((error: unknown) => ({ threw: String(error) }));
      outcomes[name] = { asResident: (asResident as { code?: string })?.code, asNobody: (asNobody as { code?: string })?.code };
    }
    for (const [name, outcome] of Object.entries(outcomes)) {
      expect(outcome, name).toEqual({ asResident: "FORBIDDEN", asNobody: "UNAUTHENTICATED" });
    }
    expect(await rowCounts()).toBe(before);
  });
});

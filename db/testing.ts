import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "./client";

// Test databases: PGlite in memory by default; a throw-away database on the PostgreSQL server named by
// TEST_DATABASE_URL when it is set (each test file gets its own, dropped afterwards).

/** `url`: the throw-away server database's address (PostgreSQL only), for a second process on it. */
export type TestDatabase = DatabaseHandle & { truncate(): Promise<void>; url?: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  // Tests are the one place besides lib/env.ts that read process.env: they choose their own database.
  const serverUrl = process.env.TEST_DATABASE_URL;
  const handle = serverUrl ? await createServerDatabase(serverUrl) : await openDatabase({ dataDir: null });
  await handle.migrate();
  return { ...handle, truncate: () => truncateAll(handle.db) };
}

async function createServerDatabase(serverUrl: string): Promise<DatabaseHandle & { url: string }> {
  const { default: postgres } = await import("postgres");
  const name = `keyslot_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Empties every Keyslot table (not the migration journal): cheaper than a new database per test. */
export async function truncateAll(db: Database): Promise<void> {
  const tables = [
    "audit_events", "notifications", "access_grants", "access_rules", "bookings", "community_members",
    "communities", "resources", "site_always_open_doors", "doors", "sites", "lock_integrations",
    "memberships", "organizations", "verification_tokens", "sessions", "accounts", "users",
  ];
  await db.execute(sql.raw(`truncate table ${tables.map((t) => `"${t}"`).join(", ")} cascade`));
}

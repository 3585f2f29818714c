import path from "node:path";
import { getEnv } from "@/lib/env";
import { openDatabase, type Database, type DatabaseHandle } from "./client";

// The one database client of the process. Kept on globalThis because Next can load this module in more
// than one bundle (instrumentation, routes, proxy): two PGlite instances on one folder would lose data.
const holder = globalThis as typeof globalThis & { __keyslotDatabase?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.__keyslotDatabase ??= openFromEnv();
  return holder.__keyslotDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Tests point the process at their own database (PGlite in memory or a throw-away PostgreSQL database). */
export function useDatabaseHandle(handle: DatabaseHandle): void {
  holder.__keyslotDatabase = Promise.resolve(handle);
}

function openFromEnv(): Promise<DatabaseHandle> {
  const env = getEnv();
  if (env.DATABASE_URL) return openDatabase({ url: env.DATABASE_URL, preparedStatements: env.DATABASE_PREPARED_STATEMENTS });
  return openDatabase({ dataDir: path.resolve(env.KEYSLOT_DATA_DIR, "pglite") });
}

export type { Database, DatabaseHandle, DbOrTx, Transaction } from "./client";

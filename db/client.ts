import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";
import { toPgParams } from "./pg-params";
import { preparingClient } from "./prepared-client";

export type Schema = typeof schema;
/** What both drivers (postgres.js, PGlite) have in common; all Keyslot code is written against it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Transaction;

/** Raw SQL with $1.. parameters on the driver itself (pg-boss runs on it); several statements when no values. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  executeSql: ExecuteSql;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * PostgreSQL only: LISTEN on a channel (its own connection, re-established by the driver). Returns the
   * unlisten. PGlite has one process by design, so nobody else could notify it.
   */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** `preparedStatements` (PostgreSQL; default true): see db/prepared-client.ts. */
export type OpenOptions = { url: string; preparedStatements?: boolean } | { dataDir: string | null };

/** Opens a database: a PostgreSQL server by URL, or PGlite in a folder (null: in memory, for tests). */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  return "url" in options ? openPostgres(options.url, options.preparedStatements ?? true) : openPglite(options.dataDir);
}

async function openPostgres(url: string, preparedStatements: boolean): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const connections = postgres(url, { max: 10, onnotice: () => {} });
  const client = preparedStatements ? preparingClient(connections) : connections;
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Database,
    kind: "postgres",
    executeSql: async (text, values = []) => {
      if (values.length > 0) return { rows: [...(await client.unsafe(text, toPgParams(values) as never[]))] };
      // pg-boss sends whole scripts (BEGIN; ...; COMMIT): postgres.js allows that on a reserved connection only.
      const connection = await client.reserve();
      try {
        return { rows: [...(await connection.unsafe(text))] };
      } finally {
        connection.release();
      }
    },
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
    async listen(channel, onPayload) {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
  };
}

async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { btree_gist } });
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    executeSql: async (text, values = []) => {
      if (values.length > 0) return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

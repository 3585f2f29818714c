import type { DbOrTx } from "@/db";
import { toPgParams } from "@/db/pg-params";

/** The driver under a drizzle database or transaction: postgres.js (`unsafe`) or PGlite (`query`). */
type DriverClient =
  | { unsafe(text: string, values: unknown[]): Promise<Iterable<Record<string, unknown>>> }
  | { query(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/**
 * pg-boss's `db` option over a drizzle database or transaction: pg-boss writes its job with the caller's
 * connection, so the job commits or rolls back together with the booking change. Its SQL goes to that
 * connection's driver as it is: through drizzle, each statement (a long INSERT with ~20 parameters) was taken
 * apart into chunks and built again, the largest single cost of enqueueing a job.
 */
export function executorFor(db: DbOrTx) {
  // drizzle keeps the connection (inside a transaction: the transaction's own) as session.client; not typed.
  const client = (db as unknown as { session: { client: DriverClient } }).session.client;
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const params = toPgParams(values);
      if ("unsafe" in client) return { rows: [...(await client.unsafe(text, params))] };
      return { rows: (await client.query(text, params)).rows };
    },
  };
}

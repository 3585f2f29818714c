import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { toPgParams } from "@/db/pg-params";

/**
 * pg-boss's `db` option over a drizzle database or transaction: pg-boss writes its job with the caller's
 * connection, so the job commits or rolls back together with the booking change.
 */
export function executorFor(db: DbOrTx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = (await db.execute(toDrizzleSql(text, toPgParams(values)))) as unknown;
      const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
      return { rows: [...rows] as Record<string, unknown>[] };
    },
  };
}

/** Turns `... $1 ... $2 ...` into a drizzle SQL object with bound parameters (works with both drivers). */
export function toDrizzleSql(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    // drizzle drops undefined parameters (shifting every later $n), so unset values are bound as NULL.
    chunks.push(sql`${values[Number(match[1]) - 1] ?? null}`);
    last = match.index! + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks, sql.raw(""));
}

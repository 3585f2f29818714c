import { is, Param, Placeholder, sql } from "drizzle-orm";
import type { DbOrTx } from "./client";

// The statements every booking and every grant runs (the access plan, the claim, the grant locks...) are
// built by drizzle once per process instead of on every call: building one took 0.1-0.4 ms of JavaScript
// (drizzle walks its SQL tree and checks every chunk's class), ~3 ms per booking in `npm run bench:access`,
// the largest single part of Keyslot's CPU there. Values go in as named placeholders.

type Runnable<R> = { execute(values?: Record<string, unknown>): Promise<R> };
type Preparable<R> = { prepare(name: string): Runnable<R> };
/** drizzle keeps the connection (inside a transaction: the transaction's own) as session.client; not typed. */
type WithSession = { session: { client: unknown } };

/**
 * A statement drizzle builds the first time it runs, then runs on whichever database or transaction it is
 * given, with `values` for the placeholders named in `keys` (`p.bookingId` in `build`). `build` must give
 * the same statement every time: whatever varies goes into a placeholder (a list: `= any(...)` with an
 * array), never into its shape. A placeholder given as a column's value (insert values, update set) is
 * encoded by that column, null staying NULL; one in a condition or in raw SQL reaches the driver as it is
 * (a date: as ISO text).
 */
export function compiledQuery<K extends string, R>(
  name: string,
  keys: readonly K[],
  build: (db: DbOrTx, p: Record<K, Placeholder>) => Preparable<R>,
): (db: DbOrTx, values: Record<K, unknown>) => Promise<R> {
  const placeholders = Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as unknown as Record<K, Placeholder>;
  // Per driver (session class): postgres.js and PGlite have their own kind of prepared statement.
  const templates = new Map<unknown, Runnable<R>>();
  return (db, values) => {
    const { session } = db as unknown as WithSession;
    let template = templates.get(session.constructor);
    if (!template) {
      template = build(db, placeholders).prepare(name);
      encodeNullAsNull(template);
      templates.set(session.constructor, template);
    }
    // The template with this connection: drizzle's prepared statements run on their `client`.
    const onThisConnection = Object.create(template) as Runnable<R> & { client: unknown };
    onThisConnection.client = session.client;
    return onThisConnection.execute(values);
  };
}

/**
 * drizzle encodes a placeholder's value with its column's encoder even when it is null (a timestamp column
 * then throws, a jsonb one writes JSON null); a value built into a statement goes in as NULL instead. The
 * compiled statement does the same: its own Params get an encoder that passes null through.
 */
function encodeNullAsNull(template: unknown): void {
  for (const param of (template as { params: unknown[] }).params) {
    if (!is(param, Param) || !is(param.value, Placeholder)) continue;
    const { encoder } = param;
    (param as { encoder: typeof encoder }).encoder = { mapToDriverValue: (value: unknown) => (value === null || value === undefined ? null : encoder.mapToDriverValue(value)) };
  }
}

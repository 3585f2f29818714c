import type { Sql } from "postgres";

type Opener = (...args: unknown[]) => unknown;

/**
 * postgres.js with every parameterised statement prepared (named, cached per connection by its text), also
 * inside transactions and savepoints. drizzle sends its queries unprepared, and postgres.js then needs two
 * round trips per statement (Parse + Describe, wait for the types, then Bind + Execute) and PostgreSQL
 * parses each one anew; a prepared statement is one round trip, parsed once per connection. Keyslot's
 * statements are fixed texts with bound values (nothing interpolates values into SQL), so the cache stays
 * small; postgres.js drops it with the connection (max_lifetime). A statement whose result columns a
 * migration changed is prepared again outside transactions; inside one it fails once. drizzle names every
 * column it selects (no `select *`), so only a migration that changes or drops a column in use could do that,
 * and that breaks the old code anyway: Keyslot migrates before it serves.
 * Statements without parameters keep the simple protocol (pg-boss's scripts). Measured: PostgreSQL's CPU per
 * booking in `npm run bench:access` 9.4 -> 5.3 ms.
 */
export function preparingClient<T extends Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === "unsafe") {
        return (text: string, args: unknown[] | Record<string, unknown> = [], options: Record<string, unknown> = {}) =>
          // unsafe(text, options) is postgres.js's short form without parameters.
          Array.isArray(args) ? target.unsafe(text, args as never[], { ...options, prepare: true }) : target.unsafe(text, [], { ...args, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        // The transaction's (savepoint's) own client is handed to the callback: it prepares as well.
        return (...params: unknown[]) => {
          const work = params.pop() as (inner: Sql) => unknown;
          const open = (target as unknown as Record<typeof property, Opener>)[property];
          return open.call(target, ...params, (inner: Sql) => work(preparingClient(inner)));
        };
      }
      return Reflect.get(target, property, target);
    },
  });
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "./testing";
import { organizations } from "./schema";
import { openDatabase, type DbOrTx } from "./client";

// PostgreSQL (postgres.js) prepares every parameterised statement, in transactions and savepoints too
// (db/prepared-client.ts). PGlite has no protocol round trips to save and prepares nothing: there the same
// statements simply run.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

/** The prepared statements of the connection `db` runs on (a transaction: its own). */
async function preparedOn(db: DbOrTx): Promise<string[]> {
  const result = (await db.execute(sql`select statement from pg_prepared_statements`)) as unknown;
  // postgres.js answers with the rows, PGlite with { rows }.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { statement: string }[];
  return rows.map((row) => row.statement);
}

const findOrganization = (db: DbOrTx, id: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));

describe(`statements on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it(onPostgres ? "are prepared once per connection, inside a transaction and inside a savepoint" : "run inside a transaction and a savepoint (nothing prepared)", async () => {
    const { db } = database;
    const [org] = await db.insert(organizations).values({ name: "Prepared", slug: `prepared-${Date.now()}` }).returning();
    const text = findOrganization(db, org!.id).toSQL().sql;
    await db.transaction(async (tx) => {
      expect(await findOrganization(tx, org!.id)).toEqual([{ id: org!.id }]);
      expect(await findOrganization(tx, org!.id)).toEqual([{ id: org!.id }]);
      expect((await preparedOn(tx)).filter((statement) => statement === text)).toHaveLength(onPostgres ? 1 : 0);
      await tx.transaction(async (savepoint) => {
        const update = savepoint.update(organizations).set({ name: "Prepared again" }).where(eq(organizations.id, org!.id));
        await update;
        expect((await preparedOn(savepoint)).includes(update.toSQL().sql)).toBe(onPostgres);
        expect(await savepoint.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, org!.id))).toEqual([{ name: "Prepared again" }]);
      });
    });
    if (!onPostgres) return;
    // DATABASE_PREPARED_STATEMENTS=false (a pooler that cannot keep them): nothing is prepared.
    const unprepared = await openDatabase({ url: database.url!, preparedStatements: false });
    try {
      await unprepared.db.transaction(async (tx) => {
        expect(await findOrganization(tx, org!.id)).toEqual([{ id: org!.id }]);
        expect(await preparedOn(tx)).not.toContain(text);
      });
    } finally {
      await unprepared.close();
    }
  });

});

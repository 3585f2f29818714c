import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "./testing";
import { createOrganization, createUser } from "./factories";
import { organizations, users } from "./schema";
import { compiledQuery } from "./compiled-query";

// A compiled statement is built once and then runs on the connection it is handed: the database's pool, a
// transaction's connection (seeing what that transaction wrote and nobody else has), a savepoint's.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

const findOrganizations = compiledQuery("test_find_organizations", ["slugs", "name"], (db, p) =>
  db
    .select({ slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(and(sql`${organizations.slug} = any(${p.slugs}::text[])`, eq(organizations.name, p.name)))
    .orderBy(organizations.slug),
);

const setEmailVerified = compiledQuery("test_set_email_verified", ["userId", "at"], (db, p) =>
  // drizzle's types leave placeholders out of update values; it binds them like any value (with the column).
  db.update(users).set({ emailVerified: p.at as unknown as Date }).where(eq(users.id, p.userId)),
);

async function emailVerifiedOf(userId: string) {
  const [row] = await database.db.select({ at: users.emailVerified }).from(users).where(eq(users.id, userId));
  return row!.at;
}

describe(`compiled statements (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("run with each call's values, on the database and inside a transaction and a savepoint", async () => {
    const { db } = database;
    const a = await createOrganization(db, { name: "Compiled" });
    const b = await createOrganization(db, { name: "Compiled" });
    await createOrganization(db, { name: "Other" });
    expect(await findOrganizations(db, { slugs: [a.slug, b.slug], name: "Compiled" })).toEqual([a, b].map(({ slug }) => ({ slug, name: "Compiled" })).sort((x, y) => x.slug.localeCompare(y.slug)));
    expect(await findOrganizations(db, { slugs: [a.slug], name: "Other" })).toEqual([]);

    let inside: string | undefined;
    await db.transaction(async (tx) => {
      const [c] = await tx.insert(organizations).values({ name: "Uncommitted", slug: `uncommitted-${a.slug}` }).returning();
      inside = c!.slug;
      // Only the transaction's own connection sees the row it has not committed yet.
      expect(await findOrganizations(tx, { slugs: [inside], name: "Uncommitted" })).toEqual([{ slug: inside, name: "Uncommitted" }]);
      await tx.transaction(async (savepoint) => {
        await savepoint.update(organizations).set({ name: "In savepoint" }).where(eq(organizations.slug, inside!));
        expect(await findOrganizations(savepoint, { slugs: [inside!], name: "In savepoint" })).toHaveLength(1);
      });
      tx.rollback();
    }).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes("Rollback"))) throw error;
    });
    // Back on the pool after the transaction (its connection released); the rollback holds.
    expect(await findOrganizations(db, { slugs: [inside!], name: "In savepoint" })).toEqual([]);
    expect(await findOrganizations(db, { slugs: [b.slug], name: "Compiled" })).toEqual([{ slug: b.slug, name: "Compiled" }]);
  });

  it("encode column values by their column, and null as NULL (a timestamp's encoder would throw on it)", async () => {
    const { db } = database;
    const user = await createUser(db, (await createOrganization(db)).id);
    const verifiedAt = new Date("2027-01-02T03:04:05.678Z");
    await setEmailVerified(db, { userId: user.id, at: verifiedAt });
    expect(await emailVerifiedOf(user.id)).toEqual(verifiedAt);
    await setEmailVerified(db, { userId: user.id, at: null });
    expect(await emailVerifiedOf(user.id)).toBeNull();
  });

  it("run concurrently on different connections, each call on its own transaction's connection", async () => {
    const { db } = database;
    const slugs = Array.from({ length: 8 }, (_, i) => `concurrent-${i}-${Date.now()}`);
    // Each transaction looks for the row only it has written (not committed): found only on its own connection.
    const found = await Promise.all(
      slugs.map((slug, i) =>
        db.transaction(async (tx) => {
          await tx.insert(organizations).values({ name: `Parallel ${i}`, slug });
          await new Promise((resolve) => setImmediate(resolve));
          return findOrganizations(tx, { slugs, name: `Parallel ${i}` });
        }),
      ),
    );
    expect(found).toEqual(slugs.map((slug, i) => [{ slug, name: `Parallel ${i}` }]));
  });
});

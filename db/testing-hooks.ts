import { afterAll, beforeAll, beforeEach } from "vitest";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "./testing";

/**
 * The usual integration-test setup: one database per test file (PGlite in memory, or a throw-away PostgreSQL
 * database with TEST_DATABASE_URL) used by the app code, emptied before each test.
 */
export function useTestDatabase(): { readonly database: TestDatabase } {
  const state = { database: undefined as unknown as TestDatabase };
  beforeAll(async () => {
    state.database = await createTestDatabase();
    useDatabaseHandle(state.database);
  });
  afterAll(async () => state.database?.close());
  beforeEach(async () => state.database.truncate());
  return state;
}

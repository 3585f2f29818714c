/**
 * Prepares parameters the way node-postgres does for libraries written against it (pg-boss): plain objects
 * become JSON text, dates ISO text and undefined NULL. postgres.js (as drizzle configures it) refuses all three
 * as raw parameters; pg-boss's schedule() passes undefined for a schedule without data.
 */
export function toPgParams(values: unknown[]): unknown[] {
  return values.map((value) => {
    if (value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    if (value !== null && typeof value === "object" && !Array.isArray(value) && !Buffer.isBuffer(value)) return JSON.stringify(value);
    return value;
  });
}

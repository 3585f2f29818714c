/**
 * Prepares parameters the way node-postgres does for libraries written against it (pg-boss): plain objects
 * become JSON text and dates ISO text. postgres.js (as drizzle configures it) refuses both as raw parameters.
 */
export function toPgParams(values: unknown[]): unknown[] {
  return values.map((value) => {
    if (value instanceof Date) return value.toISOString();
    if (value !== null && typeof value === "object" && !Array.isArray(value) && !Buffer.isBuffer(value)) return JSON.stringify(value);
    return value;
  });
}

import { customType, timestamp, uuid } from "drizzle-orm/pg-core";

/** A half-open time range [start, end) as stored in a Postgres `tstzrange`. */
export type TimeRange = { start: Date; end: Date };

const RANGE_PATTERN = /^[[(]"?([^",]*)"?,"?([^")]*)"?[\])]$/;

export function formatTimeRange(range: TimeRange): string {
  return `[${range.start.toISOString()},${range.end.toISOString()})`;
}

export function parseTimeRange(value: string): TimeRange {
  const match = RANGE_PATTERN.exec(value.trim());
  if (!match || !match[1] || !match[2]) throw new Error(`Unbounded or malformed tstzrange: ${value}`);
  return { start: new Date(match[1]), end: new Date(match[2]) };
}

/** `tstzrange` column; Keyslot only stores bounded, half-open ranges. */
export const tstzrange = customType<{ data: TimeRange; driverData: string }>({
  dataType: () => "tstzrange",
  toDriver: formatTimeRange,
  fromDriver: (value) => parseTimeRange(String(value)),
});

export const id = () => uuid("id").primaryKey().defaultRandom();

export const timestamps = () => ({
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

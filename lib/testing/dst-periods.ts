import fc from "fast-check";
import type { TimeRange } from "@/db/schema/columns";

// Test helper: booking periods on a 15-minute grid around the EU daylight-saving changes (01:00 UTC on the last
// Sunday of March and October), 15 minutes to 6 hours long, many of them crossing the change.

export const DST_CHANGES = ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z"].map(
  (iso) => new Date(iso).getTime(),
);
export const DST_ZONES = ["Europe/Vienna", "Europe/Zurich"] as const;

const SLOT = 15 * 60_000;

const toRange = (change: number, startSlot: number, slots: number): TimeRange => ({
  start: new Date(change + startSlot * SLOT),
  end: new Date(change + (startSlot + slots) * SLOT),
});

/** Anywhere within 8 hours of a change. */
const nearChange = fc
  .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -32, max: 32 }), fc.integer({ min: 1, max: 24 }))
  .map(([change, startSlot, slots]) => toRange(change, startSlot, slots));

/** Starting before a change and ending after it. */
const acrossChange = fc
  .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: 1, max: 23 }), fc.integer({ min: 1, max: 23 }))
  .filter(([, before, after]) => before + after <= 24)
  .map(([change, before, after]) => toRange(change, -before, before + after));

export const dstPeriod = (): fc.Arbitrary<TimeRange> => fc.oneof(nearChange, acrossChange);

/** Hand-picked periods: the repeated autumn hour, the skipped spring hour, periods ending exactly at a change. */
export const DST_EDGE_CASES: TimeRange[] = DST_CHANGES.flatMap((change) => [
  toRange(change, -4, 4),
  toRange(change, 0, 4),
  toRange(change, -1, 2),
  toRange(change, -4, 8),
  toRange(change, -24, 24),
]);

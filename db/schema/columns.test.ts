import { describe, expect, it } from "vitest";
import { formatTimeRange, parseTimeRange } from "./columns";

describe("tstzrange mapping", () => {
  it("formats half-open UTC ranges", () => {
    const range = { start: new Date("2027-03-28T00:30:00Z"), end: new Date("2027-03-28T01:30:00Z") };
    expect(formatTimeRange(range)).toBe("[2027-03-28T00:30:00.000Z,2027-03-28T01:30:00.000Z)");
  });

  it("parses what PostgreSQL returns, with offsets and quotes", () => {
    const parsed = parseTimeRange('["2027-03-28 02:30:00+02","2027-03-28 04:00:00+02")');
    expect(parsed.start.toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(parsed.end.toISOString()).toBe("2027-03-28T02:00:00.000Z");
  });

  it("refuses unbounded ranges", () => {
    expect(() => parseTimeRange('["2027-03-28 02:30:00+02",)')).toThrow(/Unbounded/);
  });
});

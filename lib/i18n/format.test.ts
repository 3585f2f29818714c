import { describe, expect, it } from "vitest";
import { formatDateTime, formatPeriod } from "./format";

describe("formatPeriod", () => {
  const range = { start: new Date("2025-03-03T09:00:00Z"), end: new Date("2025-03-03T11:00:00Z") };

  it("shows the period in the site's time zone", () => {
    expect(formatPeriod(range, "Europe/Vienna", "en")).toMatch(/10:00\s*[–-]\s*12:00/);
    expect(formatPeriod(range, "UTC", "en")).toMatch(/09:00\s*[–-]\s*11:00/);
  });

  it("follows daylight saving time", () => {
    const summer = new Date("2025-07-01T09:00:00Z");
    expect(formatDateTime(summer, "Europe/Vienna", "de")).toContain("11:00");
  });
});

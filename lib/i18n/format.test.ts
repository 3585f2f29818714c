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

describe("formatPeriod across daylight-saving changes", () => {
  const zone = "Europe/Vienna";

  it("names both zones when the period starts in winter time and ends in summer time", () => {
    const range = { start: new Date("2026-03-29T00:30:00Z"), end: new Date("2026-03-29T01:30:00Z") };
    expect(formatPeriod(range, zone, "en")).toBe("Sun, 29 Mar 2026, 01:30 CET – 03:30 CEST");
  });

  it("keeps both ends of the repeated autumn hour instead of collapsing them into one time", () => {
    const range = { start: new Date("2026-10-25T00:15:00Z"), end: new Date("2026-10-25T01:15:00Z") };
    expect(formatPeriod(range, zone, "en")).toBe("Sun, 25 Oct 2026, 02:15 CEST – 02:15 CET");
    expect(formatPeriod(range, zone, "de")).toBe("So., 25. Okt. 2026, 02:15 MESZ – 02:15 MEZ");
  });

  it("names both days when a period over the change spans midnight", () => {
    const range = { start: new Date("2026-03-28T22:00:00Z"), end: new Date("2026-03-29T03:00:00Z") };
    expect(formatPeriod(range, zone, "en")).toBe("Sat, 28 Mar 2026, 23:00 CET – Sun, 29 Mar 2026, 05:00 CEST");
  });
});

import { describe, expect, it } from "vitest";
import { addDays, formatDay, getLocalDate, getWeekStart } from "./local-date";

describe("local dates", () => {
  it("takes today from the site's zone, not the browser's", () => {
    const lateEvening = new Date("2025-03-03T23:30:00Z");
    expect(getLocalDate("Europe/Vienna", lateEvening)).toBe("2025-03-04");
    expect(getLocalDate("America/New_York", lateEvening)).toBe("2025-03-03");
  });

  it("steps over month ends and daylight-saving changes", () => {
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(addDays("2025-10-26", -1)).toBe("2025-10-25");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });

  it("starts weeks on Monday", () => {
    expect(getWeekStart("2025-03-05")).toBe("2025-03-03");
    expect(getWeekStart("2025-03-03")).toBe("2025-03-03");
    expect(getWeekStart("2025-03-09")).toBe("2025-03-03");
  });

  it("names the day in the reader's language", () => {
    expect(formatDay("2025-03-03", "en", "long")).toContain("Monday");
    expect(formatDay("2025-03-03", "de", "long")).toContain("Montag");
  });
});

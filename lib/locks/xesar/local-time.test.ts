import { describe, expect, it } from "vitest";
import { assertTimeZone, fromInstallationLocal, normalizeLocal, toInstallationLocal } from "./local-time";

const VIENNA = "Europe/Vienna";
const utc = (iso: string) => new Date(iso);

describe("toInstallationLocal", () => {
  it("writes offset-less local time, leaving out zero seconds as Xesar does", () => {
    expect(toInstallationLocal(utc("2027-01-15T09:00:00Z"), VIENNA)).toBe("2027-01-15T10:00");
    expect(toInstallationLocal(utc("2027-07-15T09:00:00Z"), VIENNA)).toBe("2027-07-15T11:00");
    expect(toInstallationLocal(utc("2027-07-15T09:00:30Z"), VIENNA)).toBe("2027-07-15T11:00:30");
    expect(toInstallationLocal(utc("2027-07-15T09:00:30.250Z"), VIENNA)).toBe("2027-07-15T11:00:30.250");
  });

  it("crosses the spring-forward night (2027-03-28, 02:00 CET -> 03:00 CEST)", () => {
    expect(toInstallationLocal(utc("2027-03-28T00:59:00Z"), VIENNA)).toBe("2027-03-28T01:59");
    expect(toInstallationLocal(utc("2027-03-28T01:00:00Z"), VIENNA)).toBe("2027-03-28T03:00");
  });

  it("crosses the fall-back night (2027-10-31, 03:00 CEST -> 02:00 CET): 02:30 happens twice", () => {
    expect(toInstallationLocal(utc("2027-10-31T00:30:00Z"), VIENNA)).toBe("2027-10-31T02:30");
    expect(toInstallationLocal(utc("2027-10-31T01:30:00Z"), VIENNA)).toBe("2027-10-31T02:30");
    expect(toInstallationLocal(utc("2027-10-31T02:00:00Z"), VIENNA)).toBe("2027-10-31T03:00");
  });

  it("works in other zones (Zurich, and one without DST)", () => {
    expect(toInstallationLocal(utc("2027-03-28T01:00:00Z"), "Europe/Zurich")).toBe("2027-03-28T03:00");
    expect(toInstallationLocal(utc("2027-03-28T01:00:00Z"), "Asia/Tokyo")).toBe("2027-03-28T10:00");
  });
});

describe("fromInstallationLocal", () => {
  it("round-trips every quarter hour across both DST nights except the repeated fall-back hour", () => {
    for (const [from, to] of [
      ["2027-03-27T20:00:00Z", "2027-03-28T06:00:00Z"],
      ["2027-10-30T20:00:00Z", "2027-10-31T06:00:00Z"],
    ] as const) {
      for (let t = utc(from).getTime(); t <= utc(to).getTime(); t += 15 * 60_000) {
        const instant = new Date(t);
        const local = toInstallationLocal(instant, VIENNA);
        const ambiguous = local >= "2027-10-31T02:00" && local < "2027-10-31T03:00";
        if (!ambiguous) expect(fromInstallationLocal(local, VIENNA), local).toEqual(instant);
      }
    }
  });

  it("resolves the repeated fall-back hour to the later, standard-time instant (no offset can say otherwise)", () => {
    expect(fromInstallationLocal("2027-10-31T02:30", VIENNA)).toEqual(utc("2027-10-31T01:30:00Z"));
  });

  it("moves a local time inside the spring-forward gap forward by the gap", () => {
    expect(fromInstallationLocal("2027-03-28T02:30", VIENNA)).toEqual(utc("2027-03-28T01:30:00Z"));
  });

  it("reads seconds and fractions, and rejects what is not a date-time", () => {
    expect(fromInstallationLocal("2027-07-15T11:00:30", VIENNA)).toEqual(utc("2027-07-15T09:00:30Z"));
    expect(fromInstallationLocal("2027-07-15T11:00:30.250", VIENNA)).toEqual(utc("2027-07-15T09:00:30.250Z"));
    expect(() => fromInstallationLocal("tomorrow", VIENNA)).toThrow(RangeError);
  });
});

describe("normalizeLocal and assertTimeZone", () => {
  it("makes local date-times comparable as strings whatever their precision", () => {
    expect(normalizeLocal("2027-07-15T11:00", VIENNA)).toBe("2027-07-15T11:00:00.000");
    expect(normalizeLocal("2027-07-15T11:00", VIENNA) < normalizeLocal("2027-07-15T11:00:00.001", VIENNA)).toBe(true);
  });

  it("refuses an unknown zone instead of shifting every window silently", () => {
    expect(() => assertTimeZone("Europe/Atlantis")).toThrow(/Unknown time zone/);
    expect(() => assertTimeZone(VIENNA)).not.toThrow();
  });
});

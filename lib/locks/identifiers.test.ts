import { describe, expect, it } from "vitest";
import { formatAccessIdentifier, parseAccessIdentifier } from "./identifiers";

const uuid = "3f1c9a52-7d0e-4b8a-9c61-0a2f5e7d9b13";

describe("parseAccessIdentifier", () => {
  it("parses a clean identifier", () => {
    expect(parseAccessIdentifier(`accessPoint:${uuid},zone:z-7`)).toEqual({
      ok: true,
      targets: [{ kind: "accessPoint", id: uuid }, { kind: "zone", id: "z-7" }],
    });
  });

  it("tolerates whitespace and kind casing, and removes duplicates", () => {
    const parsed = parseAccessIdentifier(` AccessPoint : ${uuid} ,  zone:z-7, accesspoint:${uuid.toUpperCase()} ,zone:z-7 `);
    expect(parsed).toEqual({ ok: true, targets: [{ kind: "accessPoint", id: uuid }, { kind: "zone", id: "z-7" }] });
  });

  it("names a part without kind", () => {
    expect(parseAccessIdentifier(`accessPoint:a1,${uuid}`)).toEqual({
      ok: false,
      issues: [{ part: uuid, position: 2, message: `"${uuid}" has no kind: write accessPoint:${uuid} or zone:${uuid}.` }],
    });
  });

  it("names an unknown kind", () => {
    const parsed = parseAccessIdentifier("door:12");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.message).toBe('"door" in "door:12" is not a kind: use accessPoint or zone.');
  });

  it("names a missing or invalid ID", () => {
    const parsed = parseAccessIdentifier("zone:, accessPoint:a b");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.message)).toEqual([
        '"zone:" has no ID after the colon.',
        '"a b" in "accessPoint:a b" is not a valid ID (letters, digits, ".", "_" and "-" only).',
      ]);
    }
  });

  it("reports an empty part from a stray comma, and an empty identifier", () => {
    const stray = parseAccessIdentifier("zone:a,,zone:b");
    expect(stray.ok).toBe(false);
    if (!stray.ok) expect(stray.issues).toEqual([{ part: "", position: 2, message: "Part 2 is empty: remove the extra comma." }]);
    const empty = parseAccessIdentifier("  ");
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.issues[0]!.message).toMatch(/at least one target/);
  });

  it("reports every bad part at once", () => {
    const parsed = parseAccessIdentifier("x, zone:ok, y:1");
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.position)).toEqual([1, 3]);
  });

  it("round-trips through formatAccessIdentifier", () => {
    const parsed = parseAccessIdentifier(`zone:z1, accessPoint:${uuid}`);
    expect(parsed.ok && formatAccessIdentifier(parsed.targets)).toBe(`zone:z1,accessPoint:${uuid}`);
  });
});

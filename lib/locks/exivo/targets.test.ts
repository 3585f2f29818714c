import { describe, expect, it } from "vitest";
import { grantMarker, hasMarker, nameWithMarker } from "./grant-marker";
import { formatRfc3339 } from "./mapper";
import { generatePin } from "./pin";
import { resolveComponentIds } from "./targets";

const components = [
  { id: "a", identifier: "Main entrance", accessZones: ["z1"], templateIdentifier: "reader" },
  { id: "b", identifier: "Cloakroom", accessZones: ["z1"], templateIdentifier: "c-lever" },
  { id: "g", identifier: "Gateway", accessZones: ["z1"], templateIdentifier: "exivo-Gateway-gw1" },
  { id: "c", identifier: "Laundry", accessZones: [], templateIdentifier: null },
];
const zones = [{ id: "z1", name: "Ground floor" }, { id: "z2", name: "Empty" }];

describe("resolveComponentIds", () => {
  it("expands zones without their gateway and removes duplicates", () => {
    expect(resolveComponentIds([{ kind: "zone", id: "z1" }, { kind: "accessPoint", id: "a" }, { kind: "accessPoint", id: "c" }], components, zones)).toEqual(["a", "b", "c"]);
  });

  it("refuses a gateway (any casing of 'gateway' in the template) naming it", () => {
    expect(() => resolveComponentIds([{ kind: "accessPoint", id: "g" }], components, zones)).toThrow(/accessPoint:g is the gateway "Gateway"/);
  });

  it("refuses unknown ids, empty zones and no targets", () => {
    expect(() => resolveComponentIds([{ kind: "accessPoint", id: "x" }], components, zones)).toThrow(/accessPoint:x/);
    expect(() => resolveComponentIds([{ kind: "zone", id: "x" }], components, zones)).toThrow(/zone:x/);
    expect(() => resolveComponentIds([{ kind: "zone", id: "z2" }], components, zones)).toThrow(/no doors/);
    expect(() => resolveComponentIds([], components, zones)).toThrow(/at least one/);
  });
});

describe("grant marker, PIN and time format", () => {
  it("derives a stable marker per idempotency key", () => {
    expect(grantMarker("k1")).toBe(grantMarker("k1"));
    expect(grantMarker("k1")).not.toBe(grantMarker("k2"));
    const name = nameWithMarker("Robin", grantMarker("k1"));
    expect(hasMarker(name, grantMarker("k1"))).toBe(true);
    expect(hasMarker(name, grantMarker("k2"))).toBe(false);
    expect(hasMarker(undefined, grantMarker("k1"))).toBe(false);
  });

  it("generates 6-digit PINs, avoiding a given one", () => {
    for (let i = 0; i < 200; i++) expect(generatePin()).toMatch(/^[0-9]{6}$/);
    expect(generatePin("123456")).not.toBe("123456");
  });

  it("formats RFC 3339 UTC, keeping milliseconds only when present", () => {
    expect(formatRfc3339(new Date("2027-03-28T01:00:00Z"))).toBe("2027-03-28T01:00:00Z");
    expect(formatRfc3339(new Date("2027-03-28T01:00:00.250Z"))).toBe("2027-03-28T01:00:00.250Z");
  });
});

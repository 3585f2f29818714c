import { describe, expect, it } from "vitest";
import { deriveMediumId, derivePersonId, deriveUuid } from "./ids";

describe("deriveUuid", () => {
  it("is RFC 4122 version 5 (known vector: www.example.com in the DNS namespace)", () => {
    expect(deriveUuid("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("gives the same id for the same key and different ids for different keys or kinds", () => {
    expect(deriveMediumId("booking-1:access-1")).toBe(deriveMediumId("booking-1:access-1"));
    expect(deriveMediumId("booking-1:access-1")).not.toBe(deriveMediumId("booking-1:access-2"));
    expect(deriveMediumId("same")).not.toBe(derivePersonId("same"));
    expect(deriveMediumId("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("refuses a namespace that is not a uuid", () => {
    expect(() => deriveUuid("x", "not-a-uuid")).toThrow(TypeError);
  });
});

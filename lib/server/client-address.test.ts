import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const headersOf = (values: Record<string, string>) => new Headers(values);

describe("clientAddressFrom", () => {
  it("takes the address the proxy appended, not the one the client put first", () => {
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("skips the entries of our own proxies when told how many there are", () => {
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "spoofed, 203.0.113.9, 10.0.0.2" }), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to a fixed bucket", () => {
    expect(clientAddressFrom(headersOf({ "x-real-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": " , " }))).toBe("unknown");
    expect(clientAddressFrom(headersOf({}))).toBe("unknown");
  });
});

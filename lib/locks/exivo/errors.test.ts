import { describe, expect, it } from "vitest";
import { extractErrorMessage, mapFetchError, mapHttpError } from "./errors";
import { parseRetryAfter } from "./retry-after";

describe("exivo error parsing", () => {
  it.each([
    ['{"message":"validTo must be in the future"}', "validTo must be in the future"],
    ['{"error":"Bad Request"}', "Bad Request"],
    ['{"error":{"message":"nested"}}', "nested"],
    ['{"message":"","error":"fallback"}', "fallback"],
    ['"just a string"', "just a string"],
    ["plain text from a proxy", "plain text from a proxy"],
    ['{"other":1}', '{"other":1}'],
    ["", undefined],
    ["   ", undefined],
  ])("extracts %j -> %j", (body, expected) => {
    expect(extractErrorMessage(body)).toBe(expected);
  });

  it("truncates long bodies", () => {
    expect(extractErrorMessage("x".repeat(1000))!.length).toBeLessThan(310);
  });

  it.each([
    [400, "validation", false],
    [401, "auth", false],
    [403, "auth", false],
    [404, "not_found", false],
    [409, "conflict", false],
    [422, "validation", false],
    [429, "rate_limited", true],
    [500, "vendor", true],
    [502, "vendor", true],
    [503, "unavailable", true],
    [405, "vendor", false],
  ])("maps HTTP %i to %s (retryable %s)", (status, code, retryable) => {
    expect(mapHttpError(status, "", null)).toMatchObject({ code, retryable, vendorStatus: status });
  });

  it("carries Retry-After on 429 and 503, and the vendor's message", () => {
    const now = Date.parse("2027-05-10T09:00:00Z");
    expect(mapHttpError(429, '{"message":"slow down"}', "3", now)).toMatchObject({ retryAfterMs: 3000, message: expect.stringContaining("slow down") });
    expect(mapHttpError(503, "", "Mon, 10 May 2027 09:00:05 GMT", now).retryAfterMs).toBe(5000);
  });

  it("maps a timeout and a network failure", () => {
    expect(mapFetchError(new DOMException("timed out", "TimeoutError"), 500)).toMatchObject({ code: "timeout", retryable: true });
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    expect(mapFetchError(refused, 500)).toMatchObject({ code: "unavailable", retryable: true, message: expect.stringContaining("ECONNREFUSED") });
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2027-05-10T09:00:00Z");
  it.each([
    ["1", 1000],
    ["0", 0],
    ["2.5", 2500],
    ["Mon, 10 May 2027 09:00:30 GMT", 30_000],
    ["Mon, 10 May 2027 08:59:00 GMT", 0],
    ["soon", undefined],
    [null, undefined],
    ["", undefined],
  ])("%j -> %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

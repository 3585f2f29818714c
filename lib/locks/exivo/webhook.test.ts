import { describe, expect, it } from "vitest";
import { LockError } from "../types";
import { parseExivoWebhook } from "./webhook";

const SECRET = "Bearer 3f9c-webhook";
const body = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ name: "accessPermitted", occurredAt: "2027-05-10T09:00:00Z", payload: { componentId: "door-1", visitId: "v-1" }, ...overrides });
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as LockError;
  }
  throw new Error("expected a LockError");
};

describe("parseExivoWebhook", () => {
  it("maps an authentic event to a DoorEvent with the grant's refs", () => {
    expect(parseExivoWebhook({ authorization: SECRET }, body(), SECRET)).toEqual({
      doorVendorId: "door-1",
      result: "permitted",
      at: new Date("2027-05-10T09:00:00Z"),
      refs: { kind: "visit", visitId: "v-1" },
      vendorEvent: "accessPermitted",
    });
  });

  it.each([
    ["accessDenied", "denied"],
    ["componentUnlocked", "unlocked"],
    ["sabotageAlarm", "alarm"],
  ])("maps %s to %s", (name, result) => {
    expect(parseExivoWebhook(new Headers({ Authorization: SECRET }), body({ name }), SECRET)?.result).toBe(result);
  });

  it("accepts a parsed object or a Buffer body, a custom header and digital-key refs", () => {
    const event = parseExivoWebhook(
      { "X-Exivo-Auth": [SECRET] },
      Buffer.from(body({ payload: { componentId: "door-2", digitalKeyVisitId: "d-1" } })),
      SECRET,
      "x-exivo-auth",
    );
    expect(event?.refs).toEqual({ kind: "digitalKeyVisit", visitId: "d-1" });
    expect(parseExivoWebhook({ authorization: SECRET }, JSON.parse(body()), SECRET)?.doorVendorId).toBe("door-1");
  });

  it("returns null for an authentic event it does not map", () => {
    expect(parseExivoWebhook({ authorization: SECRET }, body({ name: "batteryLow" }), SECRET)).toBeNull();
  });

  it.each([
    ["missing", {}],
    ["wrong", { authorization: "Bearer 3f9c-webhooX" }],
    ["a prefix", { authorization: "Bearer 3f9c" }],
    ["longer", { authorization: `${SECRET}x` }],
  ])("refuses a %s auth header with LockError auth", (_label, headers) => {
    expect(failure(() => parseExivoWebhook(headers, body(), SECRET))).toMatchObject({ name: "LockError", code: "auth" });
  });

  it("refuses everything when no secret is configured", () => {
    expect(failure(() => parseExivoWebhook({ authorization: "" }, body(), ""))).toMatchObject({ code: "auth" });
  });

  it.each([
    ["not JSON", "{name: accessPermitted"],
    ["no payload", JSON.stringify({ name: "accessPermitted", occurredAt: "2027-05-10T09:00:00Z" })],
    ["no componentId", body({ payload: { visitId: "v" } })],
    ["a bad time", body({ occurredAt: "yesterday" })],
    ["an array", "[]"],
  ])("refuses a body with %s as LockError validation", (_label, raw) => {
    const error = failure(() => parseExivoWebhook({ authorization: SECRET }, raw, SECRET));
    expect(error).toBeInstanceOf(LockError);
    expect(error.code).toBe("validation");
  });

  it("checks auth before looking at the body", () => {
    expect(failure(() => parseExivoWebhook({ authorization: "nope" }, "garbage", SECRET)).code).toBe("auth");
  });
});

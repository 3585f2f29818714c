import { describe, expect, it } from "vitest";
import { checkWireAgainstSwagger, type WireRequest } from "./swagger-wire-check";

// The checker used on the contract suite's wire log must itself catch bad requests.

const site = "/5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11";
const good: WireRequest = {
  method: "POST",
  pathname: `${site}/visit`,
  query: {},
  body: { code: "123456", validFrom: "2027-05-10T08:00:00Z", validTo: "2027-05-10T10:00:00Z", components: ["a"] },
  contentType: "application/json",
};

describe("checkWireAgainstSwagger", () => {
  it("passes a valid request and names its operation", () => {
    const report = checkWireAgainstSwagger([good, { method: "GET", pathname: `${site}/accessZone`, query: { skip: "0", limit: "100" }, body: undefined }]);
    expect(report.problems).toEqual([]);
    expect([...report.operations]).toEqual(["delegateUnlockDoor", "getAccessZones"]);
  });

  it.each([
    ["wrong casing", { ...good, method: "GET", pathname: `${site}/accesszone`, body: undefined }, /no such operation/],
    ["a bad PIN", { ...good, body: { ...(good.body as object), code: "12" } }, /pattern/],
    ["a numeric PIN", { ...good, body: { ...(good.body as object), code: 123456 } }, /string/],
    ["a bad time", { ...good, body: { ...(good.body as object), validTo: "10.05.2027" } }, /format/],
    ["a bad phone", { ...good, body: { ...(good.body as object), smsNr: "0791234567" } }, /pattern/],
    ["no content type", { ...good, contentType: undefined }, /Content-Type/],
    ["an unknown query parameter", { ...good, method: "GET", body: undefined, query: { page: "2" } }, /page/],
    ["a non-integer skip", { ...good, method: "GET", body: undefined, query: { skip: "x" } }, /integer/],
    ["a missing required body", { ...good, pathname: `${site}/digitalKeyVisits`, body: { validFrom: "2027-05-10T08:00:00Z" } }, /required/],
  ])("catches %s", (_label, request, message) => {
    const { problems } = checkWireAgainstSwagger([request as WireRequest]);
    expect(problems.join("\n")).toMatch(message);
  });
});

import { describe, expect, it } from "vitest";
import { auditLogHref, parseAuditFilters, summarizeAuditData } from "./filters";

describe("audit log filters", () => {
  it("keeps good values and drops malformed ones instead of refusing the page", () => {
    const id = "0b8a2c1e-8f3d-4c3a-9f55-2f0e7b0e4a11";
    expect(parseAuditFilters({ action: "key.", actor: id, entity: "booking", from: "2027-03-01", page: "3" })).toEqual({
      action: "key.",
      actor: id,
      entity: "booking",
      from: "2027-03-01",
      page: 3,
    });
    expect(parseAuditFilters({ action: "x'; drop table", actor: "someone", entity: "secrets", from: "yesterday", page: "-1" })).toEqual({});
    expect(parseAuditFilters({ actor: ["system", "other"] })).toEqual({ actor: "system" });
  });

  it("builds shareable links without empty values or page 1", () => {
    expect(auditLogHref({ action: "access.", page: 1 })).toBe("/cockpit/audit?action=access.");
    expect(auditLogHref({ entity: "booking", page: 2 })).toBe("/cockpit/audit?entity=booking&page=2");
    expect(auditLogHref({})).toBe("/cockpit/audit");
  });

  it("shows names and reasons from an event's data, never anything else", () => {
    const data = { door: "Main entrance", client: "9f2c…hash", pin: "482913", token: "abc", reason: "revoked_by_admin", attempts: 3, notifications: [{ id: "n1" }] };
    expect(summarizeAuditData(data)).toEqual([
      { key: "door", value: "Main entrance" },
      { key: "reason", value: "revoked_by_admin" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { planBookingAccess, type AccessPlanInput } from "./plan";

const period = { start: new Date("2027-06-02T08:00:00Z"), end: new Date("2027-06-02T09:00:00Z") };
const exivo = { id: "int-1", vendor: "exivo" as const };
const xesar = { id: "int-2", vendor: "xesar" as const };

const input = (overrides: Partial<AccessPlanInput> = {}): AccessPlanInput => ({
  period,
  integration: exivo,
  resourceIdentifier: "accessPoint:room-1",
  rule: null,
  alwaysOpenDoors: [],
  integrationDoors: [{ id: "door-room", vendorId: "room-1", kind: "component" }],
  ...overrides,
});

describe("planBookingAccess", () => {
  it("plans nothing without an integration or without a (valid) identifier", () => {
    expect(planBookingAccess(input({ integration: null }))).toBeNull();
    for (const resourceIdentifier of [null, "", "  ", "room-1", "accessPoint:"]) {
      expect(planBookingAccess(input({ resourceIdentifier }))).toBeNull();
    }
  });

  it("without a rule: exactly the booking, the vendor's default credential, the resource's doors", () => {
    expect(planBookingAccess(input())).toEqual({
      integrationId: "int-1",
      vendor: "exivo",
      targets: [{ kind: "accessPoint", id: "room-1" }],
      doorIds: ["door-room"],
      window: period,
      credentialType: "pin_link",
      accessRuleId: null,
    });
    expect(planBookingAccess(input({ integration: xesar }))?.credentialType).toBe("mobile_key");
  });

  it("widens the window by the rule's buffers and takes its credential", () => {
    const rule = { id: "rule-1", bufferBeforeMinutes: 15, bufferAfterMinutes: 30, credentialType: "mobile_key" as const, accessIdentifier: null };
    const plan = planBookingAccess(input({ rule }));
    expect(plan?.window).toEqual({ start: new Date("2027-06-02T07:45:00Z"), end: new Date("2027-06-02T09:30:00Z") });
    expect(plan).toMatchObject({ credentialType: "mobile_key", accessRuleId: "rule-1" });
  });

  it("falls back to the vendor's credential when the rule names one the lock system cannot issue", () => {
    const rule = { id: "rule-1", bufferBeforeMinutes: 0, bufferAfterMinutes: 0, credentialType: "pin_link" as const, accessIdentifier: null };
    expect(planBookingAccess(input({ integration: xesar, rule }))?.credentialType).toBe("mobile_key");
  });

  it("adds the site's always-open doors of the same integration as targets, never a gateway, without duplicates", () => {
    const plan = planBookingAccess(
      input({
        resourceIdentifier: "accessPoint:room-1, zone:floor",
        rule: { id: "r", bufferBeforeMinutes: 0, bufferAfterMinutes: 0, credentialType: "pin_link", accessIdentifier: "accessPoint:extra" },
        alwaysOpenDoors: [
          { id: "door-main", vendorId: "main", kind: "component", integrationId: "int-1" },
          { id: "door-floor", vendorId: "floor", kind: "zone", integrationId: "int-1" },
          { id: "door-gw", vendorId: "gw", kind: "gateway", integrationId: "int-1" },
          { id: "door-other", vendorId: "elsewhere", kind: "access_point", integrationId: "int-9" },
        ],
      }),
    );
    expect(plan?.targets).toEqual([
      { kind: "accessPoint", id: "room-1" },
      { kind: "zone", id: "floor" },
      { kind: "accessPoint", id: "extra" },
      { kind: "accessPoint", id: "main" },
    ]);
    // "extra" has no door row (not synced yet): it is still asked for, but has no row to point at.
    expect(plan?.doorIds).toEqual(["door-room", "door-floor", "door-main"]);
  });

  it("does not map an accessPoint target to a zone row with the same vendor id", () => {
    const plan = planBookingAccess(input({ integrationDoors: [{ id: "zone-row", vendorId: "room-1", kind: "zone" }] }));
    expect(plan?.doorIds).toEqual([]);
  });
});

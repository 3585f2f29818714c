import { describe, expect, it } from "vitest";
import { planBookingAccess } from "@/lib/access/plan";
import type { LockVendor } from "@/lib/locks/types";
import { credentialsFor, RULE_CREDENTIALS } from "./credentials";

const plan = (vendor: LockVendor, credentialType: (typeof RULE_CREDENTIALS)[number]) =>
  planBookingAccess({
    period: { start: new Date("2027-06-01T10:00:00Z"), end: new Date("2027-06-01T11:00:00Z") },
    integration: { id: "i", vendor },
    resourceIdentifier: "accessPoint:A",
    rule: { id: "r", bufferBeforeMinutes: 0, bufferAfterMinutes: 0, credentialType, accessIdentifier: null },
    alwaysOpenDoors: [],
    integrationDoors: [],
  });

describe("credentials offered per lock system", () => {
  it.each(["xesar", "exivo"] as const)("%s: the access engine issues exactly what the cockpit offers", (vendor) => {
    for (const credential of RULE_CREDENTIALS) {
      const issued = plan(vendor, credential)!.credentialType;
      expect(issued === credential).toBe(credentialsFor(vendor).includes(credential));
    }
  });
});

import { describe, expect, it } from "vitest";
import { describeLockContract } from "../testing/contract-suite";
import { createExivoHarness, type ExivoHarness } from "./testing/harness";
import { checkWireAgainstSwagger } from "./testing/swagger-wire-check";

// The vendor-neutral contract, unchanged, against the exivo driver on its simulator; then everything the
// driver put on the wire during it is re-checked against the vendor's swagger (the log outlives the server).

let harness: ExivoHarness | undefined;

describeLockContract("exivo", async () => {
  harness = await createExivoHarness();
  return harness;
});

describe("exivo wire during the contract suite", () => {
  it("every request the driver sent validates against exivo-api.swagger.json", () => {
    const requests = harness!.simulator.control.requests();
    expect(requests.length).toBeGreaterThan(30);
    const { problems, operations } = checkWireAgainstSwagger(requests);
    expect(problems).toEqual([]);
    for (const operation of ["getSiteInfo", "getComponents", "getAccessZones", "getVisits", "delegateUnlockDoor", "getVisit", "revokeUnlockDoorDelegation"]) {
      expect(operations, operation).toContain(operation);
    }
  });
});

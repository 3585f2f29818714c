import { describe, expect, it } from "vitest";
import { canTransition, isFinalStatus } from "./transitions";

describe("grant transitions", () => {
  it("follows the lifecycle requested -> in_progress -> activation_pending -> active -> removal_pending -> removed", () => {
    const path = ["requested", "in_progress", "activation_pending", "active", "removal_pending", "removed"] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!), `${path[i - 1]} -> ${path[i]}`).toBe(true);
  });

  it("shows removed only after removal_pending (or for a grant never sent to the lock system)", () => {
    expect(canTransition("active", "removed")).toBe(false);
    expect(canTransition("in_progress", "removed")).toBe(false);
    expect(canTransition("removal_pending", "removed")).toBe(true);
    expect(canTransition("requested", "removed")).toBe(true);
  });

  it("never gives up a removal: removal_pending neither fails nor goes back", () => {
    for (const to of ["failed", "active", "in_progress", "expired"] as const) expect(canTransition("removal_pending", to)).toBe(false);
  });

  it("treats removed and expired as final", () => {
    expect(isFinalStatus("removed")).toBe(true);
    expect(isFinalStatus("expired")).toBe(true);
    expect(isFinalStatus("failed")).toBe(false);
    expect(canTransition("removed", "active")).toBe(false);
  });
});

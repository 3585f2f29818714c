import { describe, expect, it } from "vitest";
import type { GrantRequest } from "../types";
import type { ExivoApi, VisitPayload } from "./api";
import { issueGrant } from "./grants";
import type { ExivoComponent } from "./schemas";
import { createTopologyCache } from "./topology";

// issueGrant against a kept topology (topology.ts): a target the kept copy does not know is looked up again
// before the grant is refused, so a door added at exivo a moment ago works at once.

function request(target: string): GrantRequest {
  return {
    idempotencyKey: `keyslot-grant:${target}`,
    holder: { name: "Ada", phone: null, language: "en", externalId: "keyslot-booking:1" },
    targets: [{ kind: "accessPoint", id: target }],
    window: { start: new Date("2027-06-01T08:00:00Z"), end: new Date("2027-06-01T09:00:00Z") },
    credential: { type: "pin", pin: "482913" },
    firstAttempt: true,
  };
}

function siteWith(initial: string[]) {
  let components = initial;
  const created: VisitPayload[] = [];
  let listings = 0;
  const api = {
    listComponents: async () => {
      listings++;
      return components.map((id) => ({ id, identifier: id }) as ExivoComponent);
    },
    listAccessZones: async () => [],
    createVisit: async (body: VisitPayload) => {
      created.push(body);
      return { id: `visit-${created.length}`, code: body.code, validFrom: body.validFrom, validTo: body.validTo, components: body.components };
    },
  } as unknown as ExivoApi;
  return { api, created, listings: () => listings, addComponent: (id: string) => void (components = [...components, id]) };
}

describe("exivo issueGrant with a kept topology", () => {
  it("lists the site once for several grants, and again when a target is new", async () => {
    const site = siteWith(["door-1"]);
    const ctx = { api: site.api, topology: createTopologyCache(site.api) };
    await issueGrant(ctx, request("door-1"));
    await issueGrant(ctx, request("door-1"));
    expect(site.listings()).toBe(1);
    site.addComponent("door-2");
    const grant = await issueGrant(ctx, request("door-2"));
    expect(grant.doorVendorIds).toEqual(["door-2"]);
    expect(site.listings()).toBe(2);
    expect(site.created.map((visit) => visit.components)).toEqual([["door-1"], ["door-1"], ["door-2"]]);
  });

  it("still refuses a target exivo does not have, after one fresh look", async () => {
    const site = siteWith(["door-1"]);
    const ctx = { api: site.api, topology: createTopologyCache(site.api) };
    await issueGrant(ctx, request("door-1"));
    await expect(issueGrant(ctx, request("nowhere"))).rejects.toMatchObject({ code: "validation", message: expect.stringContaining("accessPoint:nowhere") });
    expect(site.listings()).toBe(2);
    expect(site.created).toHaveLength(1);
  });
});

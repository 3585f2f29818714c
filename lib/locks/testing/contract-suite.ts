import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LockError, type GrantRequest, type TimeWindow } from "../types";
import type { LockContractHarness } from "./harness";

// One suite, run unchanged against every driver on its simulator (lib/locks/<vendor>/*.contract.int.test.ts).

const HOUR = 3_600_000;
const windowStart = new Date("2027-05-10T08:00:00Z");
const window: TimeWindow = { start: windowStart, end: new Date(windowStart.getTime() + 2 * HOUR) };
const inside = new Date(windowStart.getTime() + HOUR);
const before = new Date(windowStart.getTime() - HOUR);
const after = new Date(window.end.getTime() + HOUR);

export function describeLockContract(name: string, createHarness: () => Promise<LockContractHarness>) {
  describe(`lock driver contract: ${name}`, () => {
    let h: LockContractHarness;

    beforeAll(async () => {
      h = await createHarness();
    });
    afterAll(async () => h?.close());
    beforeEach(() => {
      h.clearFaults();
      h.setClock(before);
    });

    const request = (overrides: Partial<GrantRequest> = {}): GrantRequest => ({
      idempotencyKey: randomUUID(),
      holder: { name: "Robin Resident", phone: "+41791234512", email: "robin@example.test", language: "en", externalId: randomUUID() },
      targets: [{ kind: h.doors.granted.kind, id: h.doors.granted.id }],
      window,
      credential: h.credential,
      ...overrides,
    });

    it("verifies credentials and lists doors with gateways not selectable", async () => {
      const verified = await h.driver.verify();
      expect(verified.siteName).toBeTruthy();
      const doors = await h.driver.listDoors();
      expect(doors.some((d) => d.vendorId === h.doors.granted.doorVendorId && d.selectable)).toBe(true);
      for (const door of doors.filter((d) => d.kind === "gateway")) expect(door.selectable).toBe(false);
    });

    it("grant -> read back usable; permitted inside the window only, and only at granted doors", async () => {
      const grant = await h.driver.grant(request());
      await h.activate(grant);
      const read = await h.driver.readGrant(grant.refs);
      expect(read.status).toBe("active");
      expect(read.window).toEqual(window);

      h.setClock(inside);
      expect(await h.attemptAccess(grant, h.doors.granted.doorVendorId)).toBe("permitted");
      expect(await h.attemptAccess(grant, h.doors.other.doorVendorId)).toBe("denied");
      h.setClock(before);
      expect(await h.attemptAccess(grant, h.doors.granted.doorVendorId)).toBe("denied");
      h.setClock(after);
      expect(await h.attemptAccess(grant, h.doors.granted.doorVendorId)).toBe("denied");
    });

    it("a zone target opens the doors in the zone", async () => {
      const grant = await h.driver.grant(request({ targets: [h.zone.target] }));
      await h.activate(grant);
      h.setClock(inside);
      expect(await h.attemptAccess(grant, h.zone.memberDoorVendorId)).toBe("permitted");
    });

    it("changes the window", async () => {
      const grant = await h.driver.grant(request());
      await h.activate(grant);
      const later: TimeWindow = { start: new Date(window.start.getTime() + 4 * HOUR), end: new Date(window.end.getTime() + 4 * HOUR) };
      const changed = await h.driver.changeWindow(grant.refs, later, request({ window: later }));
      await h.activate(changed);
      expect((await h.driver.readGrant(changed.refs)).window).toEqual(later);
      h.setClock(inside);
      expect(await h.attemptAccess(changed, h.doors.granted.doorVendorId)).toBe("denied");
      h.setClock(new Date(later.start.getTime() + HOUR));
      expect(await h.attemptAccess(changed, h.doors.granted.doorVendorId)).toBe("permitted");
    });

    it("revoke -> denied at the door and read back revoked", async () => {
      const grant = await h.driver.grant(request());
      await h.activate(grant);
      await h.driver.revoke(grant.refs);
      h.setClock(inside);
      expect(await h.attemptAccess(grant, h.doors.granted.doorVendorId)).toBe("denied");
      expect((await h.driver.readGrant(grant.refs)).status).toBe("revoked");
    });

    it("a lying revoke is visible on read-back", async () => {
      const grant = await h.driver.grant(request());
      await h.activate(grant);
      h.injectFault({ kind: "lying_revoke" });
      await h.driver.revoke(grant.refs);
      h.clearFaults();
      expect((await h.driver.readGrant(grant.refs)).status).not.toBe("revoked");
    });

    it("an idempotent retry of a grant does not create a second credential", async () => {
      const req = request();
      const first = await h.driver.grant(req);
      const count = await h.countCredentials();
      const second = await h.driver.grant(req);
      expect(await h.countCredentials()).toBe(count);
      expect(second.refs).toEqual(first.refs);
    });

    it("maps each injected fault to its normalised error and retryable flag", async () => {
      expect(h.expectedFaultErrors.length).toBeGreaterThan(0);
      for (const { fault, code, retryable } of h.expectedFaultErrors) {
        h.clearFaults();
        h.injectFault(fault);
        const error = await h.driver.grant(request()).then(() => null, (caught: unknown) => caught);
        expect(error, `fault ${JSON.stringify(fault)}`).toBeInstanceOf(LockError);
        expect({ fault, code: (error as LockError).code, retryable: (error as LockError).retryable }).toEqual({ fault, code, retryable });
      }
      h.clearFaults();
    });
  });
}

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LockError, type GrantRequest } from "../types";
import { createExivoDriver } from "./driver";
import { DEMO_COMPONENT_IDS as C, DEMO_MOBILE_APP } from "./simulator/demo-installation";
import { createExivoHarness, type ExivoHarness } from "./testing/harness";

// Mobile keys are exivo digital-key visits. The digital-key visit itself has no "installed" flag: the driver
// reads the phone's digital key state (GET /digitalKey), which stays *Pending until the app picked it up.

const start = new Date("2027-07-01T08:00:00Z");
const window = { start, end: new Date(start.getTime() + 3_600_000) };
const inside = new Date(start.getTime() + 1_800_000);

let h: ExivoHarness;
beforeAll(async () => {
  h = await createExivoHarness({ credential: { type: "mobile_key" } });
});
beforeEach(() => {
  h.clearFaults();
  h.setClock(new Date("2027-07-01T07:00:00Z"));
});
afterAll(async () => h?.close());

const request = (phone: string, overrides: Partial<GrantRequest> = {}): GrantRequest => ({
  idempotencyKey: randomUUID(),
  holder: { name: "Max Mobile", phone, email: null, language: "de", externalId: randomUUID() },
  targets: [{ kind: "accessPoint", id: C.laundry }],
  window,
  credential: { type: "mobile_key" },
  ...overrides,
});
const present = (phone: string, componentId: string) => h.simulator.control.presentMobileKey({ componentId, phone });

describe("exivo mobile key (digital-key visit)", () => {
  it("is pending until the app installs the key, then active and usable in the window only", async () => {
    const phone = "+41795550001";
    const grant = await h.driver.grant(request(phone));
    expect(grant).toMatchObject({ status: "activation_pending", refs: { kind: "digitalKeyVisit" }, credential: { sentTo: phone } });
    const posted = h.simulator.control.requests().find((r) => r.method === "POST" && r.pathname.endsWith("/digitalKeyVisits"))!;
    expect(posted.body).toMatchObject({ formFactor: "ma-phone", publicRegistrationId: phone, mobileApp: { id: DEMO_MOBILE_APP.id }, installNotification: true });
    expect(h.simulator.control.outbox().at(-1)).toMatchObject({ channel: "sms", to: phone });

    h.setClock(inside);
    expect(await present(phone, C.laundry)).toMatchObject({ result: "denied", reason: "key_not_installed" });
    await h.activate(grant);
    expect((await h.driver.readGrant(grant.refs)).status).toBe("active");
    expect(await present(phone, C.laundry)).toMatchObject({ result: "permitted", digitalKeyVisitId: grant.refs.visitId });
    expect((await present(phone, C.seminarRoom)).result).toBe("denied");
    h.setClock(window.end);
    expect((await present(phone, C.laundry)).result).toBe("denied");
  });

  it("a retried grant returns the same digital-key visit", async () => {
    const req = request("+41795550002");
    const first = await h.driver.grant(req);
    const count = await h.countCredentials();
    expect((await h.driver.grant(req)).refs).toEqual(first.refs);
    expect(await h.countCredentials()).toBe(count);
  });

  it("revoke -> denied at the door and read back revoked", async () => {
    const phone = "+41795550003";
    const grant = await h.driver.grant(request(phone));
    await h.activate(grant);
    await h.driver.revoke(grant.refs);
    await h.driver.revoke(grant.refs);
    h.setClock(inside);
    expect(await present(phone, C.laundry)).toMatchObject({ result: "denied", reason: "revoked" });
    expect((await h.driver.readGrant(grant.refs)).status).toBe("revoked");
  });

  it("an offline door denies and reports nothing", async () => {
    const phone = "+41795550004";
    const grant = await h.driver.grant(request(phone));
    await h.activate(grant);
    h.setClock(inside);
    h.injectFault({ kind: "offline_door", doorVendorId: C.laundry });
    expect(await present(phone, C.laundry)).toMatchObject({ result: "denied", reason: "door_offline" });
    h.clearFaults();
    expect((await present(phone, C.laundry)).result).toBe("permitted");
  });

  it("needs the holder's phone and a configured mobile app", async () => {
    const noPhone = request("+41795550005", { holder: { name: "No Phone", language: "en", externalId: "x" } });
    await expect(h.driver.grant(noPhone)).rejects.toMatchObject({ code: "validation", message: expect.stringContaining("mobile number") });
    const withoutApp = createExivoDriver({ baseUrl: h.simulator.baseUrl, ...h.simulator.site });
    const error = await withoutApp.grant(request("+41795550006")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockError);
    expect(error).toMatchObject({ code: "validation", message: expect.stringContaining("mobileAppId") });
  });

  it("has no resend: a clear validation error, and the capability says so", async () => {
    const grant = await h.driver.grant(request("+41795550007"));
    await expect(h.driver.resendActivation(grant.refs)).rejects.toMatchObject({ code: "validation", message: expect.stringContaining("revoke") });
    expect(h.driver.capabilities).toMatchObject({ resendActivation: false, changeWindowInPlace: false, doorEvents: "webhook" });
    expect(h.driver.capabilities.credentialTypes).toEqual(["pin_link", "pin", "mobile_key"]);
  });
});

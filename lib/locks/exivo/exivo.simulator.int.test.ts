import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createExivoDriver } from "./driver";
import { DEMO_COMPONENT_IDS as C, DEMO_SITE } from "./simulator/demo-installation";
import { startExivoSimulator, type ExivoSimulator } from "./simulator/server";

// The simulator on its own, spoken to over raw HTTP: it must be as strict as the swagger and exivo.md say,
// or the driver's tests against it prove nothing.

let sim: ExivoSimulator;
beforeAll(async () => {
  sim = await startExivoSimulator({ clock: new Date("2027-09-01T06:00:00Z") });
});
beforeEach(() => {
  sim.control.clearFaults();
  sim.control.setClock(new Date("2027-09-01T06:00:00Z"));
});
afterAll(async () => sim?.close());

const basic = (key: string = DEMO_SITE.apiKey, secret: string = DEMO_SITE.apiSecret) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;
async function api(method: string, path: string, options: { body?: unknown; raw?: string; auth?: string; contentType?: string; site?: string } = {}) {
  const headers: Record<string, string> = { authorization: options.auth ?? basic() };
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const response = await fetch(`${sim.baseUrl}/${options.site ?? DEMO_SITE.siteId}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined, headers: response.headers };
}
const visit = (overrides: Record<string, unknown> = {}) => ({
  code: "123456",
  validFrom: "2027-09-01T08:00:00Z",
  validTo: "2027-09-01T10:00:00Z",
  components: [C.meetingRoom1],
  name: "Sim Test",
  smsNr: "+41791234567",
  ...overrides,
});

describe("exivo simulator: protocol", () => {
  it("answers with Basic auth only, for its own site", async () => {
    expect((await api("GET", "/info")).json).toMatchObject({ name: "Campus Zürich", timeZone: "Europe/Zurich" });
    expect((await api("GET", "/info", { auth: "" })).status).toBe(401);
    expect((await api("GET", "/info", { auth: basic(DEMO_SITE.apiKey, "wrong") })).status).toBe(401);
    expect((await api("GET", "/info", { site: "00000000-0000-4000-8000-000000000000" })).status).toBe(401);
  });

  it("knows paths in their exact casing only", async () => {
    expect((await api("GET", "/accessZone")).status).toBe(200);
    expect((await api("GET", "/accesszone")).status).toBe(404);
    expect((await api("GET", "/Visit")).status).toBe(404);
    expect((await api("GET", "/digitalKeyVisit")).status).toBe(404);
    expect((await api("DELETE", "/visit")).status).toBe(405);
  });

  it("answers unknown ids of a GET with 404 and an empty body", async () => {
    const answer = await api("GET", "/visit/8a8a8a8a-1111-4222-8333-444455556666");
    expect([answer.status, answer.text]).toEqual([404, ""]);
    expect((await api("GET", `/component/${C.laundry}`)).json).toMatchObject({ identifier: "Laundry" });
  });

  it.each([
    ["a short PIN", visit({ code: "12" }), /code/],
    ["a numeric PIN", visit({ code: 123456 }), /code/],
    ["a missing PIN", visit({ code: undefined }), /code/],
    ["a non-RFC 3339 time", visit({ validFrom: "1.9.2027 08:00" }), /validFrom/],
    ["a local time without offset", visit({ validFrom: "2027-09-01T08:00:00" }), /validFrom/],
    ["a non-UTC offset", visit({ validFrom: "2027-09-01T10:00:00+02:00" }), /UTC/],
    ["validTo in the past", visit({ validFrom: "2027-08-01T08:00:00Z", validTo: "2027-08-01T10:00:00Z" }), /future/],
    ["a gateway", visit({ components: [C.gateway] }), /gateway/],
    ["an unknown component", visit({ components: ["nope"] }), /does not exist/],
    ["a bad phone", visit({ smsNr: "079 123" }), /smsNr/],
    ["a bad e-mail", visit({ smsNr: undefined, email: "not-mail" }), /email/],
  ])("refuses a visit with %s: 400 with a JSON message", async (_label, body, message) => {
    const answer = await api("POST", "/visit", { body });
    expect(answer.status).toBe(400);
    expect(String(answer.json?.message)).toMatch(message);
  });

  it("refuses a non-JSON body, a wrong content type and a bad paging parameter", async () => {
    expect((await api("POST", "/visit", { raw: "{code:" })).status).toBe(400);
    expect((await api("POST", "/visit", { raw: JSON.stringify(visit()), contentType: "text/plain" })).status).toBe(400);
    expect((await api("POST", "/visit")).status).toBe(400);
    expect((await api("GET", "/visit?skip=abc")).status).toBe(400);
  });

  it("creates a visit, sends the link without the PIN, revokes irreversibly, computes expired from its clock", async () => {
    const created = (await api("POST", "/visit", { body: visit({ code: "908172" }) })).json!;
    expect(created).toMatchObject({ code: "908172", expired: false, revoked: false, link: expect.stringContaining("/visit/") });
    const sms = sim.control.outbox().at(-1)!;
    expect(sms).toMatchObject({ channel: "sms", to: "+41791234567" });
    expect(sms.text).toContain(String(created.link));
    expect(sms.text).not.toContain("908172");
    sim.control.setClock(new Date("2027-09-01T10:00:00Z"));
    expect((await api("GET", `/visit/${created.id}`)).json).toMatchObject({ expired: true, revoked: false });
    expect((await api("POST", `/visit/${created.id}/revoke`, { body: {} })).status).toBe(204);
    expect((await api("POST", `/visit/${created.id}/revoke`, { body: {} })).status).toBe(400);
    expect((await api("GET", `/visit/${created.id}`)).json).toMatchObject({ revoked: true });
    expect((await api("POST", "/visit/8a8a8a8a-1111-4222-8333-444455556666/revoke", { body: {} })).status).toBe(400);
  });

  it("a lying revoke answers 204 but the PIN keeps opening the door", async () => {
    const created = (await api("POST", "/visit", { body: visit({ code: "55443" }) })).json!;
    sim.control.injectFault({ kind: "lying_revoke" });
    expect((await api("POST", `/visit/${created.id}/revoke`, { body: {} })).status).toBe(204);
    sim.control.setClock(new Date("2027-09-01T09:00:00Z"));
    expect(await sim.control.enterPin({ componentId: C.meetingRoom1, pin: "55443" })).toMatchObject({ result: "permitted" });
    expect((await api("GET", `/visit/${created.id}`)).json).toMatchObject({ revoked: false });
  });
});

describe("exivo simulator: faults", () => {
  it("offline: 503 for everything, or connections reset", async () => {
    sim.control.injectFault({ kind: "offline", mode: "503" });
    expect((await api("GET", "/info")).status).toBe(503);
    expect((await api("GET", "/component")).status).toBe(503);
    sim.control.clearFaults();
    sim.control.injectFault({ kind: "offline" });
    await expect(api("GET", "/info")).rejects.toThrow();
  });

  it("a 429 burst carries Retry-After and ends after N requests", async () => {
    sim.control.injectFault({ kind: "status", status: 429, count: 2, retryAfterSeconds: 7 });
    const first = await api("GET", "/info");
    expect([first.status, first.headers.get("retry-after")]).toEqual([429, "7"]);
    expect((await api("GET", "/info")).status).toBe(429);
    expect((await api("GET", "/info")).status).toBe(200);
  });

  it("a malformed answer becomes LockError vendor in the driver", async () => {
    const driver = createExivoDriver({ baseUrl: sim.baseUrl, ...sim.site, maxRetries: 0 });
    sim.control.injectFault({ kind: "malformed", count: 1 });
    await expect(driver.listDoors()).rejects.toMatchObject({ name: "LockError", code: "vendor", message: expect.stringContaining("malformed") });
    sim.control.injectFault({ kind: "status", status: 400, count: 1 });
    await expect(driver.verify()).rejects.toMatchObject({ code: "validation", message: expect.stringContaining("Simulated HTTP 400") });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMPONENT_IDS as C } from "./simulator/demo-installation";
import { startExivoSimulator, type ExivoSimulator } from "./simulator/server";

// The visit link page and the HTTP control API, used as an e2e test in another process would use them.

let sim: ExivoSimulator;
let link = "";
beforeAll(async () => {
  sim = await startExivoSimulator();
  await control("POST", "/clock", { at: "2027-09-02T07:00:00Z" });
  const auth = `Basic ${Buffer.from(`${sim.site.apiKey}:${sim.site.apiSecret}`).toString("base64")}`;
  const response = await fetch(`${sim.baseUrl}/${sim.site.siteId}/visit`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/json" },
    body: JSON.stringify({ code: "246810", validFrom: "2027-09-02T08:00:00Z", validTo: "2027-09-02T10:00:00Z", components: [C.meetingRoom1, C.cloakroom], email: "guest@example.test" }),
  });
  link = ((await response.json()) as { link: string }).link;
});
afterAll(async () => sim?.close());

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sim.origin}/_sim${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}
const form = (url: string, fields: Record<string, string>, cookie?: string) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });

describe("exivo visit link page", () => {
  let cookie = "";

  it("shows a mobile-friendly PIN form", async () => {
    const page = await fetch(link);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('name="viewport"');
    expect(html).toContain('name="pin"');
    expect(html).toContain("LOGIN");
  });

  it("refuses a wrong PIN, then logs in with the right one and lists the visit's doors and period", async () => {
    const wrong = await form(`${link}/login`, { pin: "000000" });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Wrong code");
    const right = await form(`${link}/login`, { pin: "246810" });
    expect(right.status).toBe(200);
    cookie = right.headers.get("set-cookie")!.split(";")[0]!;
    const html = await right.text();
    expect(html).toContain("Meeting room 1");
    expect(html).toContain("Cloakroom / WC");
    expect(html).not.toContain("Laundry");
    expect(html).toContain("10:00"); // 08:00Z shown in Europe/Zurich
  });

  it("opens a door only inside the window and only the visit's doors, with an unlock and a webhook", async () => {
    const early = await form(`${link}/open`, { componentId: C.meetingRoom1 }, cookie);
    expect(early.status).toBe(403);
    expect(await early.text()).toContain("not started");
    await control("POST", "/clock", { at: "2027-09-02T09:00:00Z" });
    const open = await form(`${link}/open`, { componentId: C.meetingRoom1 }, cookie);
    expect([open.status, (await open.text()).includes("Meeting room 1 is open")]).toEqual([200, true]);
    expect((await form(`${link}/open`, { componentId: C.laundry }, cookie)).status).toBe(403);
    expect((await control("GET", "/unlocks")).json).toEqual([expect.objectContaining({ componentId: C.meetingRoom1, via: "link" })]);
    expect((await control("GET", "/webhooks")).json.at(-1)).toMatchObject({ name: "componentUnlocked", body: { payload: { componentId: C.meetingRoom1 } } });
  });

  it("needs the session to open", async () => {
    expect((await form(`${link}/open`, { componentId: C.meetingRoom1 })).status).toBe(401);
  });
});

describe("exivo simulator HTTP controls", () => {
  it("keypad, offline door, faults, outbox and request log over /_sim", async () => {
    await control("POST", "/clock", { at: "2027-09-02T09:30:00Z" });
    expect((await control("POST", "/keypad", { componentId: C.cloakroom, pin: "246810" })).json).toMatchObject({ result: "permitted" });
    expect((await control("POST", "/keypad", { componentId: C.cloakroom, pin: "999999" })).json).toMatchObject({ result: "denied", reason: "unknown_pin" });
    await control("POST", `/doors/${C.cloakroom}`, { online: false });
    expect((await control("POST", "/keypad", { componentId: C.cloakroom, pin: "246810" })).json).toMatchObject({ reason: "door_offline" });
    await control("POST", `/doors/${C.cloakroom}`, { online: true });

    expect((await control("POST", "/faults", { kind: "status", status: 503, count: 1, retryAfterSeconds: 3 })).status).toBe(204);
    const faulted = await fetch(`${sim.baseUrl}/${sim.site.siteId}/info`);
    expect([faulted.status, faulted.headers.get("retry-after")]).toEqual([503, "3"]);
    await control("DELETE", "/faults");
    expect((await control("GET", "/state")).json).toMatchObject({ now: "2027-09-02T09:30:00.000Z", faults: [], credentials: 1 });

    expect((await control("GET", "/outbox")).json).toEqual([expect.objectContaining({ channel: "email", to: "guest@example.test" })]);
    expect((await control("GET", "/requests")).json.map((r: { method: string }) => r.method)).toEqual(["POST", "GET"]);
    expect((await control("POST", "/clock", { advanceMs: 60_000 })).json).toEqual({ now: "2027-09-02T09:31:00.000Z" });
  });

  it("locks the link after five wrong PINs", async () => {
    for (let i = 0; i < 5; i++) await form(`${link}/login`, { pin: "111111" });
    expect((await fetch(link)).status).toBe(423);
  });
});

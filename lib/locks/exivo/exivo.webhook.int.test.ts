import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LockError, type DoorEvent } from "../types";
import { DEMO_COMPONENT_IDS as C } from "./simulator/demo-installation";
import { createExivoHarness, type ExivoHarness } from "./testing/harness";

// Door events end to end: the simulator posts webhooks to a receiver (as the app's webhook route would be),
// which hands them to driver.handleWebhook; the driver's onDoorEvent listeners get the mapped events.

const SECRET = "Bearer sim-webhook-secret";
let h: ExivoHarness;
let receiver: http.Server;
let receiverUrl = "";
const events: DoorEvent[] = [];

beforeAll(async () => {
  h = await createExivoHarness({ driver: { webhookAuth: SECRET } });
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        h.driver.handleWebhook(req.headers, Buffer.concat(chunks));
        res.writeHead(204).end();
      } catch (error) {
        res.writeHead(error instanceof LockError && error.code === "auth" ? 401 : 400).end();
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/exivo`;
  h.simulator.control.setWebhook({ url: receiverUrl, headerValue: SECRET });
  h.driver.onDoorEvent((event) => events.push(event));
  h.setClock(new Date("2027-08-01T09:00:00Z"));
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const grantMeetingRoom = () =>
  h.driver.grant({
    idempotencyKey: randomUUID(),
    holder: { name: "Walt Webhook", phone: "+41791230000", language: "en", externalId: "w" },
    targets: [{ kind: "accessPoint", id: C.meetingRoom1 }],
    window: { start: new Date("2027-08-01T08:00:00Z"), end: new Date("2027-08-01T10:00:00Z") },
    credential: { type: "pin_link" },
  });

describe("exivo door events by webhook", () => {
  it("a PIN at the keypad arrives as permitted / denied events with the grant's refs", async () => {
    const grant = await grantMeetingRoom();
    await h.attemptAccess(grant, C.meetingRoom1);
    await h.attemptAccess(grant, C.laundry);
    expect(events.slice(-2)).toEqual([
      { doorVendorId: C.meetingRoom1, result: "permitted", at: new Date("2027-08-01T09:00:00Z"), refs: grant.refs, vendorEvent: "accessPermitted" },
      { doorVendorId: C.laundry, result: "denied", at: new Date("2027-08-01T09:00:00Z"), refs: grant.refs, vendorEvent: "accessDenied" },
    ]);
  });

  it("a remote open arrives as an unlocked event", async () => {
    await h.driver.openDoor(C.mainEntrance);
    expect(events.at(-1)).toMatchObject({ doorVendorId: C.mainEntrance, result: "unlocked", vendorEvent: "componentUnlocked" });
  });

  it("a webhook with the wrong auth header is refused (401) and emits nothing", async () => {
    const before = events.length;
    h.simulator.control.setWebhook({ url: receiverUrl, headerValue: "Bearer wrong" });
    await h.driver.openDoor(C.mainEntrance);
    expect(h.simulator.control.webhookDeliveries().at(-1)).toMatchObject({ name: "componentUnlocked", status: 401 });
    expect(events.length).toBe(before);
    h.simulator.control.setWebhook({ url: receiverUrl, headerValue: SECRET });
  });

  it("unsubscribing stops delivery to that listener", async () => {
    const mine: DoorEvent[] = [];
    const off = h.driver.onDoorEvent((event) => mine.push(event));
    await h.driver.openDoor(C.cloakroom);
    off();
    await h.driver.openDoor(C.cloakroom);
    expect(mine).toHaveLength(1);
  });
});

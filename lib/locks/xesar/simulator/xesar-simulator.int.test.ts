import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCESS_POINTS, DEMO_ZONES } from "./demo-installation";
import { startXesarSimulator, type XesarSimulator } from "./start-simulator";

// The simulator as a protocol peer, seen from a raw MQTT client: exact topics, envelopes and error answers.

type Message = { topic: string; body: Record<string, unknown> };

describe("xesar simulator: the wire protocol", () => {
  let simulator: XesarSimulator;
  let client: MqttClient;
  const listeners = new Set<(message: Message) => void>();

  beforeAll(async () => {
    simulator = await startXesarSimulator({ controlPort: null, clock: new Date("2027-01-15T09:00:00Z") });
    const { caPem, certPem, keyPem, userId } = simulator.apiUser;
    client = await mqtt.connectAsync(simulator.brokerUrl, { ca: caPem, cert: certPem, key: keyPem, reconnectPeriod: 0 });
    await client.subscribeAsync(["xs3/1/ces/#", "xs3/1/ase/#", `xs3/1/${userId}/err`, `xs3/1/${userId}/q`]);
    client.on("message", (topic, payload) => {
      const message = { topic, body: JSON.parse(payload.toString("utf8")) as Record<string, unknown> };
      for (const listener of listeners) listener(message);
    });
  });
  afterAll(async () => {
    await client?.endAsync(true);
    await simulator?.close();
  });

  /** Publishes and resolves with the first message carrying this id as commandId / correlationId / requestId. */
  const exchange = async (topic: string, body: Record<string, unknown>): Promise<Message> => {
    const id = (body.commandId ?? body.requestId) as string;
    const answer = new Promise<Message>((resolve) => {
      const listener = (message: Message) => {
        if ([message.body.commandId, message.body.correlationId, message.body.requestId].includes(id)) {
          listeners.delete(listener);
          resolve(message);
        }
      };
      listeners.add(listener);
    });
    await client.publishAsync(topic, JSON.stringify(body));
    return answer;
  };
  const command = (name: string, fields: Record<string, unknown>, token = simulator.apiUser.token) =>
    exchange(`xs3/1/cmd/${name}`, { commandId: randomUUID(), token, ...fields });
  const query = (resource: string, id: string | null, params: Record<string, unknown> | null = null) =>
    exchange("xs3/1/q", { resource, requestId: randomUUID(), token: simulator.apiUser.token, id, params });
  const errTopic = () => `xs3/1/${simulator.apiUser.userId}/err`;

  it("answers a command with its event on xs3/1/ces/<EventName>, carrying the commandId", async () => {
    const id = randomUUID();
    const answer = await command("CreatePersonMapi", { id, firstName: "Wire", lastName: "Tester", identifier: null, externalId: `ext-${id}` });
    expect(answer.topic).toBe("xs3/1/ces/PersonCreated");
    expect(answer.body.event).toMatchObject({ id, firstName: "Wire", lastName: "Tester", externalId: `ext-${id}` });
  });

  it("401 for a wrong token, 400 for a missing field, 404 for an unknown id, 409 for a duplicate id", async () => {
    const wrongToken = await command("RevokeSmartphoneMapi", { id: randomUUID() }, "wrong");
    expect(wrongToken).toMatchObject({ topic: errTopic(), body: { error: 401 } });
    expect(typeof wrongToken.body.reason).toBe("string");

    expect((await command("CreatePersonMapi", { id: randomUUID(), firstName: "No" })).body).toMatchObject({ error: 400 });
    expect((await command("RevokeSmartphoneMapi", { id: randomUUID() })).body).toMatchObject({ error: 404 });
    expect((await query("identification-media", randomUUID())).body).toMatchObject({ error: 404 });

    const id = randomUUID();
    await command("CreatePersonMapi", { id, firstName: "", lastName: "Twice" });
    expect((await command("CreatePersonMapi", { id, firstName: "", lastName: "Twice" })).body).toMatchObject({ error: 409 });
  });

  it("rejects dates with an offset: Xesar dates are local and offset-less", async () => {
    const personId = randomUUID();
    await command("CreatePersonMapi", { id: personId, firstName: "", lastName: "Offset" });
    const answer = await command("AddSmartphoneToInstallationMapi", {
      id: randomUUID(),
      personId,
      phoneNumber: "+43664000111",
      accessBeginAt: "2027-01-20T10:00:00Z",
      accessEndAt: "2027-01-20T12:00",
      individualAuthorizations: [],
    });
    expect(answer.body).toMatchObject({ error: 400 });
    expect(answer.body.reason).toMatch(/without offset/);
  });

  it("answers list queries with data/totalCount/filterCount and element queries with the element", async () => {
    const list = await query("installation-points", null, { pageOffset: 0, pageLimit: 2, filters: [] });
    expect(list.topic).toBe(`xs3/1/${simulator.apiUser.userId}/q`);
    expect(list.body.response).toMatchObject({ totalCount: 5, filterCount: 5 });
    expect((list.body.response as { data: unknown[] }).data).toHaveLength(2);

    const zone = await query("zones", DEMO_ZONES.commonAreas);
    expect(zone.body.response).toMatchObject({ name: "Common areas", installationPoints: [DEMO_ACCESS_POINTS.mainEntrance, DEMO_ACCESS_POINTS.cloakroom] });

    const filtered = await query("installation-points", null, { filters: [{ field: "name", type: "eq", value: "Laundry" }] });
    expect(filtered.body.response).toMatchObject({ filterCount: 1, data: [{ id: DEMO_ACCESS_POINTS.laundry }] });
  });

  it("a smartphone gets an SMS code, a registration event, and permitted/denied access-protocol events", async () => {
    const personId = randomUUID();
    const mediumId = randomUUID();
    await command("CreatePersonMapi", { id: personId, firstName: "Sam", lastName: "Phone" });
    const added = await command("AddSmartphoneToInstallationMapi", {
      id: mediumId,
      personId,
      phoneNumber: "+43664000222",
      messageLanguage: "en",
      label: "wire test",
      accessBeginAt: "2027-01-15T10:00",
      accessEndAt: "2027-01-15T12:00",
      individualAuthorizations: [{ authorizationId: DEMO_ACCESS_POINTS.meetingRoom, installationPoint: true }],
    });
    expect(added).toMatchObject({ topic: "xs3/1/ces/SmartphoneAddedToInstallation", body: { event: { aggregateId: mediumId, personId } } });
    const sms = simulator.control.outbox().find((message) => message.mediumId === mediumId)!;
    expect(sms.validUntil).toEqual(new Date("2027-01-17T09:00:00Z"));

    const registered = nextMessage((m) => m.topic === "xs3/1/ces/MobileRegistrationStateUpdated");
    await simulator.control.completeRegistration({ phone: "+43664000222", code: sms.code });
    expect((await registered).body.event).toEqual({ id: mediumId, registrationState: "COMPLETED" });

    simulator.control.setClock(new Date("2027-01-15T10:30:00Z")); // 11:30 in Vienna: inside the window
    const opened = nextMessage((m) => m.topic.startsWith("xs3/1/ase/"));
    expect(await simulator.control.presentMedium({ mediumId, installationPointId: DEMO_ACCESS_POINTS.meetingRoom })).toMatchObject({ result: "permitted" });
    expect(await opened).toMatchObject({
      topic: "xs3/1/ase/MediumEvents/0001",
      body: { installationPointId: DEMO_ACCESS_POINTS.meetingRoom, identificationMediumId: mediumId, personId, timestampUtc: "2027-01-15T10:30:00.000" },
    });
    const refused = nextMessage((m) => m.topic.startsWith("xs3/1/ase/"));
    await simulator.control.presentMedium({ mediumId, installationPointId: DEMO_ACCESS_POINTS.laundry });
    expect((await refused).topic).toBe("xs3/1/ase/MediumEvents/0005");
  });

  function nextMessage(predicate: (message: Message) => boolean): Promise<Message> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (!predicate(message)) return;
        listeners.delete(listener);
        resolve(message);
      };
      listeners.add(listener);
    });
  }
});

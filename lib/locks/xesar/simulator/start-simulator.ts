import { randomUUID } from "node:crypto";
import { assertTimeZone } from "../local-time";
import { ALL_COMMANDS_TOPIC, QUERY_TOPIC } from "../topics";
import { connectBus, type SimulatorBus } from "./bus";
import { issueCertificate } from "./certificates";
import { startControlServer } from "./control-http";
import { SimulatorControl } from "./controls";
import { loadOrCreateCredentials } from "./credentials";
import { createDemoInstallation, DEMO_ACCESS_POINTS, DEMO_TIME_ZONE, DEMO_ZONES } from "./demo-installation";
import { startEmbeddedBroker, type EmbeddedBroker } from "./embedded-broker";
import { FaultState } from "./faults";
import { InstallationState } from "./state";
import { XesarServer } from "./xesar-server";

// A small Xesar server: its own TLS broker requiring client certificates (or attached to an external broker),
// the installation logic, the demo installation "Wohnpark Nord", and the controls for tests and the demo.

export type XesarSimulatorOptions = {
  /** TLS port of the embedded broker; 0 (default) picks a free one. */
  port?: number;
  /** Port of the HTTP control API; 0 (default) picks a free one, null runs without it. */
  controlPort?: number | null;
  /** An external broker (e.g. mqtt://127.0.0.1:1883) to attach to as a plain client instead of running one. */
  attachTo?: string;
  /** Keeps CA, certificates and the API token here across restarts. */
  stateDir?: string;
  timeZone?: string;
  /** Start value of the simulator clock (default: now). */
  clock?: Date;
  registrationValidityHours?: number;
};

export type XesarSimulatorApiUser = { userId: string; token: string; caPem: string; certPem: string; keyPem: string };

export type XesarSimulator = {
  brokerUrl: string;
  apiUser: XesarSimulatorApiUser;
  controlUrl: string | null;
  control: SimulatorControl;
  timeZone: string;
  close(): Promise<void>;
};

export async function startXesarSimulator(options: XesarSimulatorOptions = {}): Promise<XesarSimulator> {
  const timeZone = options.timeZone ?? DEMO_TIME_ZONE;
  assertTimeZone(timeZone);
  const credentials = loadOrCreateCredentials(options.stateDir);
  const apiUser = { userId: credentials.userId, token: credentials.token, caPem: credentials.ca.certPem, certPem: credentials.client.certPem, keyPem: credentials.client.keyPem };
  const state = new InstallationState(timeZone, createDemoInstallation(), options.clock ?? new Date());
  const faults = new FaultState();
  let bus: SimulatorBus | null = null;
  const server = new XesarServer({
    state,
    faults,
    apiUser,
    registrationValidityMs: (options.registrationValidityHours ?? 48) * 3_600_000,
    publish: async (topic, payload) => bus?.publish(topic, payload),
  });

  const ownClientId = `xesar-simulator-${randomUUID().slice(0, 8)}`;
  let broker: EmbeddedBroker | null = null;
  const closers: (() => Promise<void>)[] = [];
  try {
    if (!options.attachTo) {
      broker = await startEmbeddedBroker({
        port: options.port ?? 0,
        ca: credentials.ca.certPem,
        server: credentials.server,
        refuse: (clientId) => faults.disconnected && clientId !== ownClientId,
      });
      closers.unshift(broker.close);
    }
    const brokerUrl = options.attachTo ?? broker!.url;
    bus = await connectBus({
      url: brokerUrl,
      clientId: ownClientId,
      tls: broker ? { ca: credentials.ca.certPem, client: issueCertificate(credentials.ca, "xesar-simulator-server", "client") } : undefined,
      topics: [ALL_COMMANDS_TOPIC, QUERY_TOPIC],
      onMessage: (topic, payload) => server.handleMessage(topic, payload),
    });
    closers.unshift(bus.close);
    const embedded = broker;
    const control = new SimulatorControl(state, faults, server, embedded ? () => embedded.dropClients(ownClientId) : null);
    const info = () => ({ brokerUrl, userId: apiUser.userId, timeZone, accessPoints: DEMO_ACCESS_POINTS, zones: DEMO_ZONES });
    const controlServer = options.controlPort === null ? null : await startControlServer(control, options.controlPort ?? 0, info);
    if (controlServer) closers.unshift(controlServer.close);
    return { brokerUrl, apiUser, controlUrl: controlServer?.url ?? null, control, timeZone, close: () => closeAll(closers) };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

async function closeAll(closers: (() => Promise<void>)[]): Promise<void> {
  for (const close of closers.splice(0)) await close().catch(() => undefined);
}

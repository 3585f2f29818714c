import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import type { PemPair } from "./certificates";

// The simulated Xesar server talks to its broker like any other client: over TLS with its own certificate to
// the embedded broker, or plain TCP to an external one (Mosquitto). Same code path either way.

export type SimulatorBus = {
  clientId: string;
  publish(topic: string, payload: unknown): Promise<void>;
  close(): Promise<void>;
};

export async function connectBus(options: {
  url: string;
  clientId?: string;
  tls?: { ca: string; client: PemPair };
  topics: string[];
  onMessage: (topic: string, payload: Buffer) => void;
}): Promise<SimulatorBus> {
  const clientId = options.clientId ?? `xesar-simulator-${randomUUID().slice(0, 8)}`;
  // No retries while starting: a wrong attachTo URL should fail the start, not hang it.
  const client: MqttClient = await mqtt.connectAsync(options.url, {
    clientId,
    protocolVersion: 4,
    clean: true,
    reconnectPeriod: 500,
    connectTimeout: 10_000,
    ...(options.tls ? { ca: options.tls.ca, cert: options.tls.client.certPem, key: options.tls.client.keyPem, rejectUnauthorized: true } : {}),
  }, false);
  await client.subscribeAsync(options.topics, { qos: 0 });
  client.on("message", options.onMessage);
  // mqtt.js reconnects by itself; an unheard "error" event would crash the process hosting the simulator.
  client.on("error", () => undefined);
  let closed = false;
  return {
    clientId,
    async publish(topic, payload) {
      // Late answers (latency fault) may come after close; a closed server simply says nothing.
      if (closed) return;
      await client.publishAsync(topic, JSON.stringify(payload), { qos: 0 }).catch(() => undefined);
    },
    async close() {
      closed = true;
      await client.endAsync(true);
    },
  };
}

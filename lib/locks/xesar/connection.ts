import { randomUUID } from "node:crypto";
import mqtt, { type IClientOptions, type MqttClient } from "mqtt";
import { LockError } from "../types";
import { lockErrorFromTransport } from "./errors";
import { ALL_ACCESS_PROTOCOL_TOPIC, ALL_EVENTS_TOPIC, errorTopic, queryAnswerTopic } from "./topics";

// One MQTT connection per driver, reused by every call and re-established by mqtt.js after a drop.
// "Ready" means connected AND subscribed: with a clean session the subscriptions die with the connection,
// and a command sent before they are back would have its answer lost.

export type XesarConnectionOptions = {
  brokerUrl: string;
  caPem?: string;
  certPem?: string;
  keyPem?: string;
  userId: string;
  /** How long a caller waits for a (re)connection before the call fails with "unavailable". */
  connectTimeoutMs: number;
  reconnectPeriodMs: number;
};

type Waiter = { resolve: () => void; reject: (error: LockError) => void; timer: NodeJS.Timeout };
type MessageHandler = (topic: string, payload: Buffer) => void;

const TLS_PROTOCOLS = new Set(["mqtts:", "ssl:", "tls:", "wss:"]);

export class XesarConnection {
  private client: MqttClient | null = null;
  private ready = false;
  private closed = false;
  private lastError: unknown = null;
  private readonly waiters = new Set<Waiter>();
  private readonly messageHandlers = new Set<MessageHandler>();
  private readonly lostHandlers = new Set<() => void>();

  constructor(private readonly options: XesarConnectionOptions) {}

  /** Resolves once connected and subscribed; rejects when an attempt fails or the wait runs out. */
  async whenReady(): Promise<void> {
    if (this.closed) throw new LockError({ code: "unavailable", message: "The Xesar driver is closed" });
    this.start();
    if (this.ready) return;
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(lockErrorFromTransport(this.lastError ?? new Error(`no connection within ${this.options.connectTimeoutMs} ms`), this.options.brokerUrl));
        }, this.options.connectTimeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  async publish(topic: string, payload: Record<string, unknown>): Promise<void> {
    const client = this.client;
    if (!client || !this.ready) throw new LockError({ code: "unavailable", message: "Not connected to the Xesar broker" });
    try {
      await client.publishAsync(topic, JSON.stringify(payload), { qos: 0 });
    } catch (error) {
      throw lockErrorFromTransport(error, this.options.brokerUrl);
    }
  }

  onMessage(handler: MessageHandler): () => void {
    this.messageHandlers.add(handler);
    return () => this.messageHandlers.delete(handler);
  }

  /** Called when an established connection drops: answers in flight will never arrive. */
  onConnectionLost(handler: () => void): () => void {
    this.lostHandlers.add(handler);
    return () => this.lostHandlers.delete(handler);
  }

  /** Starts connecting (idempotent); the first call of any driver method does this. */
  start(): void {
    if (this.client || this.closed) return;
    const url = new URL(this.options.brokerUrl);
    const tls = TLS_PROTOCOLS.has(url.protocol);
    const clientOptions: IClientOptions = {
      clientId: `keyslot-${this.options.userId.slice(0, 8)}-${randomUUID().slice(0, 8)}`,
      protocolVersion: 4,
      // The reference client keeps a session (cleanSession=false); with QoS 0 a kept session holds nothing,
      // and our client ids are per process, so a kept session would only pile up on the broker.
      clean: true,
      reconnectPeriod: this.options.reconnectPeriodMs,
      connectTimeout: this.options.connectTimeoutMs,
      queueQoSZero: false,
      resubscribe: false,
      ...(tls ? { ca: this.options.caPem, cert: this.options.certPem, key: this.options.keyPem, rejectUnauthorized: true } : {}),
    };
    const client = mqtt.connect(this.options.brokerUrl, clientOptions);
    this.client = client;
    client.on("connect", () => void this.subscribe(client));
    client.on("message", (topic, payload) => {
      for (const handler of this.messageHandlers) handler(topic, payload);
    });
    client.on("error", (error) => {
      this.lastError = error;
      this.rejectWaiters(error);
    });
    client.on("close", () => {
      const wasReady = this.ready;
      this.ready = false;
      const hint = tls ? " (a client certificate the broker refuses also shows like this)" : "";
      this.rejectWaiters(this.lastError ?? new Error(`the broker closed the connection${hint}`));
      if (wasReady) for (const handler of this.lostHandlers) handler();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.rejectWaiters(new Error("driver closed"));
    const client = this.client;
    this.client = null;
    this.ready = false;
    if (client) await client.endAsync(true);
  }

  private async subscribe(client: MqttClient): Promise<void> {
    const topics = [ALL_EVENTS_TOPIC, ALL_ACCESS_PROTOCOL_TOPIC, errorTopic(this.options.userId), queryAnswerTopic(this.options.userId)];
    try {
      const granted = await client.subscribeAsync(topics, { qos: 0 });
      if (granted.some((grant) => grant.qos === 128)) {
        throw Object.assign(new Error(`the broker refused the subscriptions of user ${this.options.userId}`), { code: "XESAR_SUBSCRIBE_REFUSED" });
      }
    } catch (error) {
      this.lastError = error;
      this.rejectWaiters(error);
      return;
    }
    if (this.client !== client || !client.connected) return;
    this.ready = true;
    this.lastError = null;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
    this.waiters.clear();
  }

  private rejectWaiters(error: unknown): void {
    if (this.waiters.size === 0) return;
    const lockError = lockErrorFromTransport(error, this.options.brokerUrl);
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(lockError);
    }
    this.waiters.clear();
  }
}

import { describe } from "vitest";
import { describeLockContract } from "../testing/contract-suite";
import { createXesarHarness } from "./testing/harness";

// The vendor-neutral contract, unchanged, against the Xesar driver: over mutual TLS to the simulator's own
// broker, and (with MQTT_URL, e.g. Mosquitto on mqtt://127.0.0.1:1883) over a broker nobody here wrote.

describeLockContract("xesar (TLS)", () => createXesarHarness());

// Test-only switch, read here rather than through lib/env.ts: the app never needs it.
const externalBroker = process.env.MQTT_URL;

describe.runIf(Boolean(externalBroker))("over an external broker (MQTT_URL)", () => {
  describeLockContract(`xesar (external broker ${externalBroker ?? "unset"})`, () => createXesarHarness({ attachTo: externalBroker }));
});

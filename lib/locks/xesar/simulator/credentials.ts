import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCertificateAuthority, issueCertificate, type PemPair } from "./certificates";

// The simulator's PKI and its one API user. With a stateDir they are kept on disk in the layout of a Xesar
// API user's configuration zip (ca.pem, mqtt.pem, mqtt.key, api.properties), so an integration stored in the
// demo database keeps working after a restart.

export type SimulatorCredentials = {
  ca: PemPair;
  server: PemPair;
  client: PemPair;
  userId: string;
  token: string;
};

const FILES = {
  caCert: "ca.pem",
  caKey: "ca.key",
  serverCert: "server.pem",
  serverKey: "server.key",
  clientCert: "mqtt.pem",
  clientKey: "mqtt.key",
  properties: "api.properties",
} as const;

export function loadOrCreateCredentials(stateDir?: string): SimulatorCredentials {
  if (stateDir) {
    const loaded = loadCredentials(stateDir);
    if (loaded) return loaded;
  }
  const credentials = createCredentials();
  if (stateDir) saveCredentials(stateDir, credentials);
  return credentials;
}

export function createCredentials(): SimulatorCredentials {
  const userId = randomUUID();
  const ca = createCertificateAuthority("Keyslot Xesar simulator CA");
  return {
    ca,
    server: issueCertificate(ca, "localhost", "server"),
    client: issueCertificate(ca, userId, "client"),
    userId,
    token: randomBytes(24).toString("base64url"),
  };
}

function loadCredentials(stateDir: string): SimulatorCredentials | null {
  const file = (name: string) => path.join(stateDir, name);
  if (!Object.values(FILES).every((name) => existsSync(file(name)))) return null;
  const read = (name: string) => readFileSync(file(name), "utf8");
  const properties = parseProperties(read(FILES.properties));
  if (!properties.userid || !properties.token) return null;
  return {
    ca: { certPem: read(FILES.caCert), keyPem: read(FILES.caKey) },
    server: { certPem: read(FILES.serverCert), keyPem: read(FILES.serverKey) },
    client: { certPem: read(FILES.clientCert), keyPem: read(FILES.clientKey) },
    userId: properties.userid,
    token: properties.token,
  };
}

function saveCredentials(stateDir: string, credentials: SimulatorCredentials): void {
  mkdirSync(stateDir, { recursive: true });
  const write = (name: string, content: string, secret = false) =>
    writeFileSync(path.join(stateDir, name), content, secret ? { mode: 0o600 } : undefined);
  write(FILES.caCert, credentials.ca.certPem);
  write(FILES.caKey, credentials.ca.keyPem, true);
  write(FILES.serverCert, credentials.server.certPem);
  write(FILES.serverKey, credentials.server.keyPem, true);
  write(FILES.clientCert, credentials.client.certPem);
  write(FILES.clientKey, credentials.client.keyPem, true);
  write(FILES.properties, `userid=${credentials.userId}\ntoken=${credentials.token}\n`, true);
}

function parseProperties(text: string): Record<string, string> {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const at = line.indexOf("=");
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as const;
    });
  return Object.fromEntries(entries);
}

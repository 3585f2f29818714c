import type { Socket } from "node:net";
import tls from "node:tls";
import { Aedes, type Client } from "aedes";
import type { PemPair } from "./certificates";

// The broker a Xesar server runs: MQTT over TLS that REQUIRES a client certificate signed by its CA.
// A client without one, or with one from another CA, never gets past the TLS handshake.

export type EmbeddedBroker = {
  url: string;
  /** Closes every client connection except the simulator's own. */
  dropClients(exceptClientId: string): void;
  close(): Promise<void>;
};

export async function startEmbeddedBroker(options: {
  port: number;
  ca: string;
  server: PemPair;
  /** While true, new connections (other than the simulator's own) are refused at CONNECT. */
  refuse: (clientId: string) => boolean;
}): Promise<EmbeddedBroker> {
  const broker = await Aedes.createBroker({
    // Refused with CONNACK "server unavailable", as a broker whose backend is down would answer.
    authenticate: (client, _username, _password, done) => {
      if (!options.refuse(client.id)) return done(null, true);
      done(Object.assign(new Error("server unavailable"), { returnCode: 3 as const }), false);
    },
  });
  const clients = new Map<string, Client>();
  broker.on("client", (client) => clients.set(client.id, client));
  broker.on("clientDisconnect", (client) => clients.delete(client.id));

  const sockets = new Set<Socket>();
  const server = tls.createServer(
    { key: options.server.keyPem, cert: options.server.certPem, ca: options.ca, requestCert: true, rejectUnauthorized: true },
    (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      broker.handle(socket);
    },
  );
  // Handshake failures (no or foreign certificate) are the expected outcome for such clients, not a crash.
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;

  return {
    url: `mqtts://127.0.0.1:${port}`,
    dropClients(exceptClientId) {
      for (const [id, client] of clients) if (id !== exceptClientId) client.close();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    },
  };
}

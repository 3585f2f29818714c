import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useDatabaseHandle } from "@/db";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { notifications } from "@/db/schema";
import { enqueueMessage } from "./outbox";
import { deliverMessage } from "./deliver";

// The real Resend SDK, pointed at a local Resend-compatible endpoint through RESEND_BASE_URL.

type Received = { path: string; authorization?: string; body: Record<string, unknown> };
let database: TestDatabase;
let server: http.Server;
const received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { id: "email_123" } };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "", authorization: req.headers.authorization, body: JSON.parse(raw || "{}") });
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  database = await createTestDatabase();
  useDatabaseHandle(database);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database?.close();
});
beforeEach(() => {
  received.length = 0;
});

const message = {
  channel: "email" as const,
  kind: "booking.confirmed",
  recipient: "robin@example.test",
  subject: "Booking confirmed",
  text: "Your booking is confirmed.",
  html: "<p>Your booking is confirmed.</p>",
  attachments: [{ filename: "booking.ics", contentType: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR").toString("base64") }],
};

describe("e-mail delivery through Resend", () => {
  it("sends with the API key and stores status sent with the provider's id", async () => {
    answer = { status: 200, body: { id: "email_123" } };
    const { id } = await enqueueMessage(message);
    await deliverMessage(id);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: "/emails", authorization: "Bearer re_test_key" });
    expect(received[0]!.body).toMatchObject({ to: "robin@example.test", subject: "Booking confirmed", attachments: [{ filename: "booking.ics" }] });
    const [row] = await database.db.select().from(notifications).where(eq(notifications.id, id));
    expect(row).toMatchObject({ status: "sent", provider: "resend", providerMessageId: "email_123", attempts: 1 });
  });

  it("stores a provider failure on the message and throws, so the job is retried", async () => {
    answer = { status: 500, body: { name: "internal_server_error", message: "boom", statusCode: 500 } };
    const { id } = await enqueueMessage({ ...message, recipient: "other@example.test" });
    await expect(deliverMessage(id)).rejects.toThrow(/delivery failed/);
    const [row] = await database.db.select().from(notifications).where(eq(notifications.id, id));
    expect(row).toMatchObject({ status: "failed", provider: "resend" });
    expect(row!.lastError).toBeTruthy();
  });
});

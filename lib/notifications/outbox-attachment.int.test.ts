import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { useDatabaseHandle } from "@/db";
import { GET } from "@/app/dev/mailbox/[id]/attachments/[index]/route";
import { readIcsProperty } from "@/lib/testing/ics";
import { buildBookingEmail } from "./booking-email";
import { enqueueMessage } from "./outbox";
import { getAttachmentPath, getOutboxAttachment } from "./outbox-attachment";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseHandle(database);
});
afterAll(async () => database?.close());
beforeEach(async () => database.truncate());

const bookingId = "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918";

async function enqueueBookingEmail() {
  const message = await buildBookingEmail({
    kind: "confirmed",
    locale: "en",
    recipient: "anna@example.org",
    booking: {
      id: bookingId,
      period: { start: new Date("2026-10-25T00:15:00Z"), end: new Date("2026-10-25T01:15:00Z") },
      version: 1,
      status: "confirmed",
      holderName: "Anna",
      holderPhone: null,
    },
    resource: { name: "Room", accessIdentifier: null },
    site: { name: "Site", timeZone: "Europe/Vienna", accessInfo: null },
    vendor: null,
    appUrl: "http://localhost:3000",
  });
  return (await enqueueMessage(message)).id;
}

const get = (id: string, index: string) =>
  GET(new Request(`http://localhost:3000${getAttachmentPath(id, 0)}`), { params: Promise.resolve({ id, index }) });

describe("dev mailbox attachment download", () => {
  it("returns the stored .ics decoded, with its content type and a download file name", async () => {
    const id = await enqueueBookingEmail();
    const response = await get(id, "0");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="booking.ics"; filename*=UTF-8''booking.ics`);
    const ics = await response.text();
    expect(readIcsProperty(ics, "UID")).toBe(`booking-${bookingId}@keyslot`);
    expect(readIcsProperty(ics, "DTSTART")).toBe("20261025T001500Z");
    expect(readIcsProperty(ics, "DTEND")).toBe("20261025T011500Z");
  });

  it("answers 404 for an unknown message, a missing index or a malformed id", async () => {
    const id = await enqueueBookingEmail();
    expect((await get(id, "1")).status).toBe(404);
    expect((await get(id, "-1")).status).toBe(404);
    expect((await get(id, "x")).status).toBe(404);
    expect((await get("0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f", "0")).status).toBe(404);
    expect((await get("not-a-uuid", "0")).status).toBe(404);
    expect(await getOutboxAttachment({ messageId: id, index: 0.5 })).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createOrganization, createUser } from "@/db/factories";
import { accessGrants } from "@/db/schema";
import { createBooking } from "@/lib/bookings/service";
import type { BookingViewer } from "@/lib/bookings/detail";
import { startXesarSimulator, type XesarSimulator } from "@/lib/locks/xesar/simulator/start-simulator";
import { listBookingCredentials, classifyProblem, isSettled } from "./booking-credentials";
import { hashKeyToken } from "./key-link";
import { maskPhone } from "./planned-access";
import { bookRoom, createExivoScenario, EXIVO_NOW, pinOf, useExivoSimulator } from "./testing/exivo-scenario";
import { useAccessTestEnvironment, waitFor, waitForGrants } from "./testing/setup";
import { createXesarScenario, vienna } from "./testing/xesar-scenario";

// The booking page's credentials (booking-credentials.ts) from a real booking through the access engine and
// the simulators: what the booker and the admins see, and that nobody else sees anything.

const env = useAccessTestEnvironment();
const exivo = useExivoSimulator();
let xesar: XesarSimulator;

beforeAll(async () => {
  xesar = await startXesarSimulator({ controlPort: null, clock: vienna("2027-03-01T00:00") });
});
afterAll(async () => xesar?.close());

const viewerOf = (user: { id: string }, orgId: string, role: BookingViewer["role"]): BookingViewer => ({ userId: user.id, orgId, role });

describe(`booking credentials (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("exivo: the booker and the admin see the active grant with its PIN, key link, doors and the key e-mail's delivery", async () => {
    const s = await createExivoScenario(env, exivo.sim);
    const booking = await bookRoom(s, "2027-06-02T10:00", "2027-06-02T11:00");
    const [grant] = await waitForGrants(env, booking.id, ["active"]);
    const read = (viewer: BookingViewer) => listBookingCredentials({ viewer, bookingId: booking.id, now: EXIVO_NOW });

    const mine = await waitFor(() => read(viewerOf(s.resident, s.org.id, "resident")), (list) => list[0]?.deliveries[0]?.status !== undefined && list[0].deliveries[0].status !== "queued", { what: "key e-mail handed over" });
    expect(mine).toHaveLength(1);
    const [credential] = mine;
    expect(credential).toMatchObject({ grantId: grant!.id, status: "active", credentialType: "pin_link", retrying: null, failure: null, activation: null });
    expect(credential!.doorNames).toEqual(["Cloakroom / WC", "Main entrance", "Meeting room 1"]);
    expect(credential!.key!.pin).toBe(pinOf(grant!));
    const token = /\/key\/([A-Za-z0-9_-]{43})$/.exec(credential!.key!.url)![1]!;
    expect(hashKeyToken(token)).toBe(grant!.keyTokenHash);
    expect(credential!.deliveries[0]).toMatchObject({ channel: "email", recipient: expect.stringMatching(/^u\*\*\*@example\.test$/) });
    expect(isSettled(mine)).toBe(true);
    expect(isSettled([{ ...credential!, deliveries: [{ ...credential!.deliveries[0]!, status: "queued" }] }])).toBe(false);

    expect(await read(viewerOf(s.admin, s.org.id, "admin"))).toEqual(mine);

    // Once the window is over the link is dead: no PIN, no link on the page.
    const later = await listBookingCredentials({ viewer: viewerOf(s.resident, s.org.id, "resident"), bookingId: booking.id, now: new Date("2027-06-03T00:00Z") });
    expect(later[0]!.key).toBeNull();
  });

  it("another resident of the organisation and another organisation's admin get nothing", async () => {
    const s = await createExivoScenario(env, exivo.sim);
    const booking = await bookRoom(s, "2027-06-04T10:00", "2027-06-04T11:00");
    await waitForGrants(env, booking.id, ["active"]);
    const neighbour = await createUser(env.database.db, s.org.id, "resident");
    const otherOrg = await createOrganization(env.database.db);
    const otherAdmin = await createUser(env.database.db, otherOrg.id, "admin");
    const read = (viewer: BookingViewer) => listBookingCredentials({ viewer, bookingId: booking.id, now: EXIVO_NOW });

    expect(await read(viewerOf(neighbour, s.org.id, "resident"))).toEqual([]);
    expect(await read(viewerOf(otherAdmin, otherOrg.id, "admin"))).toEqual([]);
    // The other organisation's admin claiming this organisation's id is what the session never gives; the
    // booker's own id under another organisation is not enough either.
    expect(await read(viewerOf(s.resident, otherOrg.id, "resident"))).toEqual([]);
    expect((await read(viewerOf(s.resident, s.org.id, "resident")))[0]!.key).not.toBeNull();
  });

  it("exivo: a grant that is being retried or failed says so in plain words and shows no PIN", async () => {
    const s = await createExivoScenario(env, exivo.sim);
    const booking = await bookRoom(s, "2027-06-05T10:00", "2027-06-05T11:00");
    const [grant] = await waitForGrants(env, booking.id, ["active"]);
    const viewer = viewerOf(s.resident, s.org.id, "resident");
    await env.database.db.update(accessGrants).set({ status: "in_progress", lastError: "unavailable: HTTP 503", nextAttemptAt: new Date("2027-06-01T08:05Z") }).where(eq(accessGrants.id, grant!.id));
    const [retrying] = await listBookingCredentials({ viewer, bookingId: booking.id, now: EXIVO_NOW });
    expect(retrying).toMatchObject({ status: "in_progress", retrying: { problem: "unreachable", nextAttemptAt: new Date("2027-06-01T08:05Z") }, failure: null, key: null });
    expect(isSettled([retrying!])).toBe(false);

    await env.database.db.update(accessGrants).set({ status: "failed", lastError: "validation: no phone", nextAttemptAt: null }).where(eq(accessGrants.id, grant!.id));
    const [failed] = await listBookingCredentials({ viewer, bookingId: booking.id, now: EXIVO_NOW });
    expect(failed).toMatchObject({ status: "failed", retrying: null, failure: { problem: "refused" }, key: null });
  });

  it("Xesar: activation pending says where the code went, when, and until when to activate it (48 h)", async () => {
    const s = await createXesarScenario(env, xesar);
    const input = { resourceId: s.resource.id, start: vienna("2027-03-22T10:00"), end: vienna("2027-03-22T11:00"), forSomeoneElse: false, holderPhone: null, holderEmail: null };
    const booking = await createBooking({ actor: s.asResident, input, now: vienna("2027-03-20T08:00") });
    await waitForGrants(env, booking.id, ["activation_pending"]);
    const [credential] = await listBookingCredentials({ viewer: viewerOf(s.resident, s.org.id, "resident"), bookingId: booking.id });
    expect(credential).toMatchObject({ status: "activation_pending", credentialType: "mobile_key", key: null, deliveries: [] });
    expect(credential!.activation!.maskedPhone).toBe(maskPhone(s.resident.phone!));
    expect(credential!.activation!.maskedPhone).toMatch(/^\+43 66\*.*\*\d\d$/);
    expect(credential!.activation!.activateBy.getTime() - credential!.activation!.sentAt.getTime()).toBe(48 * 3_600_000);
    expect(Math.abs(credential!.activation!.sentAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});

describe("classifyProblem", () => {
  it.each([
    ["unavailable: HTTP 503", "unreachable"],
    ["timeout: no answer", "unreachable"],
    ["rate_limited: slow down", "unreachable"],
    ["validation: missing phone", "refused"],
    ["auth: bad key", "credentials"],
    ["TypeError: boom", "other"],
  ] as const)("%s -> %s", (lastError, problem) => expect(classifyProblem(lastError)).toBe(problem));
});

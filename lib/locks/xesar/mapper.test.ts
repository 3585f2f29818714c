import { describe, expect, it } from "vitest";
import { lockErrorFromTransport, lockErrorFromVendor } from "./errors";
import { mapAccessProtocolEvent, mapMediumStatus, mapMediumToGrant } from "./mapper";
import type { IdentificationMedium } from "./schemas";
import { accessProtocolTopic, parseTopic } from "./topics";

const now = new Date("2027-05-10T07:00:00Z");
const end = new Date("2027-05-10T10:00:00Z");

describe("mapMediumStatus", () => {
  const status = (mediumState: string, registrationState: string | null, at = end) => mapMediumStatus({ mediumState, registrationState }, at, now);

  it("follows Xesar's own states", () => {
    expect(status("NEW", "REGISTRATION_REQUESTED")).toBe("activation_pending");
    expect(status("NEW", "STARTED")).toBe("activation_pending");
    expect(status("ACTIVE", "COMPLETED")).toBe("active");
    expect(status("REVOKED", "COMPLETED")).toBe("revoked");
    expect(status("REVOKED", "REGISTRATION_REQUESTED")).toBe("revoked");
    expect(status("LOCKED", "COMPLETED")).toBe("in_progress");
  });

  it("is expired once the access end has passed, unless revoked", () => {
    expect(status("ACTIVE", "COMPLETED", now)).toBe("expired");
    expect(status("NEW", "REGISTRATION_REQUESTED", new Date(now.getTime() - 1))).toBe("expired");
    expect(status("REVOKED", "COMPLETED", now)).toBe("revoked");
  });
});

describe("mapMediumToGrant", () => {
  it("turns the offset-less local window and code validity back into UTC", () => {
    const medium: IdentificationMedium = {
      id: "m-1",
      personId: "p-1",
      mediumState: "NEW",
      registrationState: "REGISTRATION_REQUESTED",
      accessBeginAt: "2027-05-10T10:00",
      accessEndAt: "2027-05-10T12:00",
      phoneNumber: "+41791234512",
      registrationCodeValidUntil: "2027-05-12T09:00",
    };
    expect(mapMediumToGrant(medium, ["d-1"], "Europe/Vienna", now, { mediumId: "m-1" })).toEqual({
      status: "activation_pending",
      refs: { mediumId: "m-1", personId: "p-1" },
      window: { start: new Date("2027-05-10T08:00:00Z"), end: new Date("2027-05-10T10:00:00Z") },
      doorVendorIds: ["d-1"],
      credential: { sentTo: "+41791234512", activateBy: new Date("2027-05-12T07:00:00Z") },
    });
  });
});

describe("mapAccessProtocolEvent", () => {
  const base = { installationPointId: "door-1", identificationMediumId: "m-1", personId: "p-1", timestampUtc: "2027-05-10T09:00:00" };

  it("maps openings, denials, remote openings and alarms; drops maintenance events", () => {
    expect(mapAccessProtocolEvent("MediumEvents", 0x0001, { ...base, eventType: "NORMAL_OPENING" })).toEqual({
      doorVendorId: "door-1",
      result: "permitted",
      at: new Date("2027-05-10T09:00:00Z"),
      refs: { mediumId: "m-1", personId: "p-1" },
      vendorEvent: "NORMAL_OPENING",
    });
    expect(mapAccessProtocolEvent("MediumEvents", 0x0005, base)?.result).toBe("denied");
    expect(mapAccessProtocolEvent("MediumEvents", 0xa001, base)?.result).toBe("denied");
    expect(mapAccessProtocolEvent("MediumEvents", 0x0002, base)?.result).toBe("alarm");
    expect(mapAccessProtocolEvent("AdministrationComponent", 0xb001, { installationPointId: "door-1" })).toMatchObject({ result: "unlocked", vendorEvent: "AdministrationComponent/B001" });
    expect(mapAccessProtocolEvent("MaintenanceComponent", 0x0b01, base)).toBeNull();
    expect(mapAccessProtocolEvent("MediumEvents", 0x0001, { ...base, installationPointId: null })).toBeNull();
  });
});

describe("topics", () => {
  it("builds and parses the Xesar topic scheme", () => {
    expect(accessProtocolTopic("MediumEvents", 0xa001)).toBe("xs3/1/ase/MediumEvents/A001");
    expect(parseTopic("xs3/1/ase/MediumEvents/0001")).toEqual({ kind: "access_protocol", group: "MediumEvents", eventNumber: 1 });
    expect(parseTopic("xs3/1/cmd/RevokeSmartphoneMapi")).toEqual({ kind: "command", name: "RevokeSmartphoneMapi" });
    expect(parseTopic("xs3/1/ces/MediumRevoked")).toEqual({ kind: "event", name: "MediumRevoked" });
    expect(parseTopic("xs3/1/q")).toEqual({ kind: "query" });
    expect(parseTopic("xs3/1/0b1c/err")).toEqual({ kind: "error", userId: "0b1c" });
    expect(parseTopic("xs3/1/0b1c/q")).toEqual({ kind: "query_answer", userId: "0b1c" });
  });
});

describe("error normalisation", () => {
  it("maps Xesar's HTTP-like codes to LockError codes and retryable flags", () => {
    const cases: [number, string, boolean][] = [
      [400, "validation", false],
      [401, "auth", false],
      [403, "auth", false],
      [404, "not_found", false],
      [409, "conflict", false],
      [422, "validation", false],
      [429, "rate_limited", true],
      [500, "vendor", true],
      [503, "vendor", true],
      [504, "timeout", true],
    ];
    for (const [status, code, retryable] of cases) {
      expect(lockErrorFromVendor(status, "why", "test"), String(status)).toMatchObject({ code, retryable, vendorStatus: status });
    }
  });

  it("treats certificate failures as auth and network failures as unavailable", () => {
    const tls = Object.assign(new Error("self-signed certificate in certificate chain"), { code: "SELF_SIGNED_CERT_IN_CHAIN" });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const notAuthorized = Object.assign(new Error("Connection refused: Not authorized"), { code: 5 });
    expect(lockErrorFromTransport(tls, "mqtts://x")).toMatchObject({ code: "auth", retryable: false });
    expect(lockErrorFromTransport(notAuthorized, "mqtts://x")).toMatchObject({ code: "auth", retryable: false });
    expect(lockErrorFromTransport(refused, "mqtts://x")).toMatchObject({ code: "unavailable", retryable: true });
  });
});

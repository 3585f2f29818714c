import type { DoorEvent, DoorInfo, GrantRefs, VendorGrant, VendorGrantStatus } from "../types";
import { fromInstallationLocal } from "./local-time";
import type { AccessProtocolEvent, IdentificationMedium, InstallationPoint, Zone } from "./schemas";

// Vendor JSON -> contract types. Nothing Xesar-shaped leaves this folder.

/** A medium without an access end never expires; the contract needs a date, so it gets the last one JS has. */
const OPEN_END = new Date(8.64e15);

export function mapMediumStatus(medium: Pick<IdentificationMedium, "mediumState" | "registrationState">, end: Date, now: Date): VendorGrantStatus {
  const state = medium.mediumState.toUpperCase();
  if (state === "REVOKED" || state === "DEACTIVATED") return "revoked";
  if (end.getTime() <= now.getTime()) return "expired";
  if ((medium.registrationState ?? "").toUpperCase() !== "COMPLETED") return "activation_pending";
  if (state === "ACTIVE") return "active";
  // NEW, INACTIVE, LOCKED, ...: ordered but not usable; the contract has no closer status.
  return "in_progress";
}

export function mapMediumToGrant(medium: IdentificationMedium, doorVendorIds: string[], timeZone: string, now: Date, refs: GrantRefs): VendorGrant {
  const start = medium.accessBeginAt ? fromInstallationLocal(medium.accessBeginAt, timeZone) : new Date(0);
  const end = medium.accessEndAt ? fromInstallationLocal(medium.accessEndAt, timeZone) : OPEN_END;
  const activateBy = medium.registrationCodeValidUntil ? fromInstallationLocal(medium.registrationCodeValidUntil, timeZone) : undefined;
  return {
    status: mapMediumStatus(medium, end, now),
    refs: { ...refs, mediumId: medium.id, ...(medium.personId ? { personId: medium.personId } : {}) },
    window: { start, end },
    doorVendorIds,
    credential: {
      ...(medium.phoneNumber ? { sentTo: medium.phoneNumber } : {}),
      ...(activateBy ? { activateBy } : {}),
    },
  };
}

export function mapInstallationPoint(point: InstallationPoint, zones: Zone[]): DoorInfo {
  const zoneIds = zones.filter((zone) => zone.installationPoints?.includes(point.id)).map((zone) => zone.id);
  return {
    vendorId: point.id,
    kind: "access_point",
    name: point.name,
    // Xesar lists only installation points and zones here: no gateways, so everything is a valid target.
    selectable: true,
    zoneIds,
    // "offline" components are not networked at all; only "connected" ones can be opened remotely.
    online: point.onlineStatus ? point.onlineStatus.toLowerCase() === "connected" : undefined,
  };
}

export function mapZone(zone: Zone): DoorInfo {
  return { vendorId: zone.id, kind: "zone", name: zone.name ?? zone.id, selectable: true, memberIds: zone.installationPoints ?? [] };
}

const PERMITTED_MEDIUM_EVENTS = new Set([0x0001, 0x0007, 0x0008, 0x0009, 0x000a]);
const DENIED_MEDIUM_EVENTS = new Set([0x0005, 0xa001, 0xa002, 0xa003, 0xa007, 0xa008, 0xa009, 0xa00a]);
const ALARM_MEDIUM_EVENTS = new Set([0x0002]);
const REMOTE_OPENINGS = new Set([0xb001, 0xb003, 0xb007, 0xc001]);

/** Door-relevant access-protocol events only; maintenance and diagnostics are dropped (null). */
export function mapAccessProtocolEvent(topicGroup: string, topicNumber: number, event: AccessProtocolEvent): DoorEvent | null {
  const group = event.groupOfEvent ?? topicGroup;
  const number = event.eventNumber ?? topicNumber;
  const result = classifyEvent(group, number);
  if (!result || !event.installationPointId) return null;
  const refs: GrantRefs = {};
  if (event.identificationMediumId) refs.mediumId = event.identificationMediumId;
  if (event.personId) refs.personId = event.personId;
  return {
    doorVendorId: event.installationPointId,
    result,
    at: event.timestampUtc ? parseUtc(event.timestampUtc) : new Date(),
    ...(Object.keys(refs).length > 0 ? { refs } : {}),
    vendorEvent: event.eventType ?? `${group}/${number.toString(16).toUpperCase().padStart(4, "0")}`,
  };
}

function classifyEvent(group: string, number: number): DoorEvent["result"] | null {
  if (group === "MediumEvents") {
    if (PERMITTED_MEDIUM_EVENTS.has(number)) return "permitted";
    if (DENIED_MEDIUM_EVENTS.has(number)) return "denied";
    if (ALARM_MEDIUM_EVENTS.has(number)) return "alarm";
    return null;
  }
  if (group === "AdministrationComponent" && REMOTE_OPENINGS.has(number)) return "unlocked";
  if (group === "MaintenanceComponent" && number === 0x0a01) return "alarm";
  return null;
}

/** `timestampUtc` is a UTC date-time without offset ("2027-05-10T09:00:00"); an explicit offset is honoured. */
function parseUtc(value: string): Date {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  const parsed = new Date(hasZone ? value : `${value}Z`);
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
}

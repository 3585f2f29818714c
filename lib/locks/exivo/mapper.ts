import type { DoorInfo, GrantRefs, IssuedCredential, TimeWindow, VendorGrant, VendorGrantStatus } from "../types";
import { LockError } from "../types";
import type { ExivoAccessZone, ExivoComponent, ExivoDigitalKeyVisit, ExivoVisit } from "./schemas";

// exivo JSON -> vendor-neutral shapes. Nothing exivo-shaped leaves lib/locks/exivo/.

export type ExivoGrantKind = "visit" | "digitalKeyVisit";
export type ExivoRefs = { kind: ExivoGrantKind; visitId: string };

export function isGateway(component: Pick<ExivoComponent, "templateIdentifier">): boolean {
  return (component.templateIdentifier ?? "").toLowerCase().includes("gateway");
}

export function describeComponent(component: ExivoComponent): string {
  return component.identifier || component.labelling || component.id;
}

export function toDoorInfos(components: ExivoComponent[], zones: ExivoAccessZone[]): DoorInfo[] {
  const doors: DoorInfo[] = components.map((component) => {
    const gateway = isGateway(component);
    return {
      vendorId: component.id,
      kind: gateway ? "gateway" : "component",
      name: describeComponent(component),
      selectable: !gateway,
      zoneIds: component.accessZones ?? [],
      ...(typeof component.ready === "boolean" ? { online: component.ready } : {}),
    };
  });
  const zoneInfos: DoorInfo[] = zones.map((zone) => ({
    vendorId: zone.id,
    kind: "zone",
    name: zone.name || zone.id,
    selectable: true,
    memberIds: components.filter((c) => !isGateway(c) && (c.accessZones ?? []).includes(zone.id)).map((c) => c.id),
  }));
  return [...doors, ...zoneInfos];
}

/** RFC 3339 in UTC, without a fractional part when there is none (exivo's own examples have none). */
export function formatRfc3339(date: Date): string {
  return date.toISOString().replace(".000Z", "Z");
}

export function toWindow(validFrom: string, validTo: string): TimeWindow {
  return { start: new Date(validFrom), end: new Date(validTo) };
}

export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

function baseStatus(item: { revoked?: boolean | null; expired?: boolean | null }): VendorGrantStatus | undefined {
  if (item.revoked) return "revoked";
  if (item.expired) return "expired";
  return undefined;
}

export function visitToGrant(visit: ExivoVisit, sentTo?: string): VendorGrant {
  const credential: IssuedCredential = {};
  if (visit.code) credential.pin = visit.code;
  if (visit.link) credential.link = visit.link;
  const to = sentTo ?? visit.smsNr ?? visit.email;
  if (to) credential.sentTo = to;
  return {
    status: baseStatus(visit) ?? "active",
    refs: { kind: "visit", visitId: visit.id },
    window: toWindow(visit.validFrom, visit.validTo),
    doorVendorIds: visit.components ?? [],
    credential,
  };
}

/** exivo's digital-key visit has no "installed" flag: the caller reads the phone's digital key state. */
export function digitalKeyVisitToGrant(visit: ExivoDigitalKeyVisit, installed: boolean): VendorGrant {
  return {
    status: baseStatus(visit) ?? (installed ? "active" : "activation_pending"),
    refs: { kind: "digitalKeyVisit", visitId: visit.id },
    window: toWindow(visit.validFrom, visit.validTo),
    doorVendorIds: visit.components ?? [],
    credential: visit.publicRegistrationId ? { sentTo: visit.publicRegistrationId } : {},
  };
}

export function parseRefs(refs: GrantRefs): ExivoRefs {
  const { kind, visitId } = refs;
  if ((kind === "visit" || kind === "digitalKeyVisit") && typeof visitId === "string" && visitId !== "") {
    return { kind, visitId };
  }
  throw new LockError({ code: "validation", message: `Not exivo grant references: ${JSON.stringify(refs)}` });
}

import { formatAccessIdentifier, parseAccessIdentifier, type IdentifierIssue } from "@/lib/locks/identifiers";
import type { AccessTarget, DoorKind } from "@/lib/locks/types";

// Checks an Access Control Identifier against its grammar (lib/locks/identifiers.ts) and against the doors
// synced from the site's lock system. The same function runs in the form as the admin types and in the
// service before a save, so what the form accepts is what the server stores.

export type DoorOption = { id: string; vendorId: string; kind: DoorKind; name: string };

/** An i18n key (resourceAdmin.identifier.*) with the values that name the bad part. */
export type IdentifierProblem = { key: string; values: Record<string, string | number> };

export type IdentifierCheck = { ok: true; normalized: string | null; targets: AccessTarget[] } | { ok: false; problems: IdentifierProblem[] };

const KEY = "resourceAdmin.identifier";

/**
 * An empty identifier is valid (the resource opens no door). `doors` null: the site has no lock system,
 * so only the grammar can be checked.
 */
export function checkIdentifier(input: string | null | undefined, doors: DoorOption[] | null): IdentifierCheck {
  if (!input?.trim()) return { ok: true, normalized: null, targets: [] };
  const parsed = parseAccessIdentifier(input);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map(describeIssue) };
  const problems = doors ? parsed.targets.flatMap((target) => checkTarget(target, doors)) : [];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, normalized: formatAccessIdentifier(parsed.targets), targets: parsed.targets };
}

/** The synced door a target names; gateways never count (a gateway is not a door anyone can open). */
export function findDoor(target: AccessTarget, doors: DoorOption[]): DoorOption | undefined {
  return doors.find((door) => door.vendorId === target.id && door.kind !== "gateway" && (target.kind === "zone") === (door.kind === "zone"));
}

/** The target a picked door writes into the identifier: zones as zone:, everything else as accessPoint:. */
export function targetOfDoor(door: DoorOption): AccessTarget {
  return { kind: door.kind === "zone" ? "zone" : "accessPoint", id: door.vendorId };
}

function checkTarget(target: AccessTarget, doors: DoorOption[]): IdentifierProblem[] {
  if (findDoor(target, doors)) return [];
  const part = `${target.kind}:${target.id}`;
  const gateway = doors.find((door) => door.kind === "gateway" && door.vendorId === target.id);
  if (gateway) return [{ key: `${KEY}.gateway`, values: { part, name: gateway.name } }];
  const otherKind = doors.find((door) => door.vendorId === target.id);
  if (otherKind) return [{ key: `${KEY}.wrongKind`, values: { part, name: otherKind.name, kind: targetOfDoor(otherKind).kind } }];
  return [{ key: `${KEY}.unknownDoor`, values: { part, id: target.id } }];
}

// The parser's issues name the part in English; this classifies them again so both languages name it.
function describeIssue(issue: IdentifierIssue): IdentifierProblem {
  const { part, position } = issue;
  if (part === "" && position === 1 && issue.message.startsWith("Enter")) return { key: `${KEY}.empty`, values: {} };
  if (part === "") return { key: `${KEY}.emptyPart`, values: { position } };
  const colon = part.indexOf(":");
  if (colon === -1) return { key: `${KEY}.noKind`, values: { part } };
  const kind = part.slice(0, colon).trim();
  const id = part.slice(colon + 1).trim();
  if (!["accesspoint", "zone"].includes(kind.toLowerCase())) return { key: `${KEY}.badKind`, values: { part, kind } };
  if (id === "") return { key: `${KEY}.noId`, values: { part } };
  return { key: `${KEY}.badId`, values: { part, id } };
}

import type { AccessTarget } from "./types";

// The Access Control Identifier of a resource: `accessPoint:ID` or `zone:ID`, comma-separated.
// Whitespace around parts is tolerated, the kind is matched case-insensitively, duplicates are removed.

export type IdentifierIssue = { part: string; position: number; message: string };
export type ParsedIdentifier = { ok: true; targets: AccessTarget[] } | { ok: false; issues: IdentifierIssue[] };

const KINDS: Record<string, AccessTarget["kind"]> = { accesspoint: "accessPoint", zone: "zone" };
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function parseAccessIdentifier(input: string): ParsedIdentifier {
  const parts = input.split(",").map((part) => part.trim());
  const issues: IdentifierIssue[] = [];
  const targets: AccessTarget[] = [];
  const seen = new Set<string>();
  if (parts.every((part) => part === "")) {
    return { ok: false, issues: [{ part: "", position: 1, message: "Enter at least one target, e.g. accessPoint:ID or zone:ID." }] };
  }
  parts.forEach((part, index) => {
    const position = index + 1;
    if (part === "") {
      issues.push({ part, position, message: `Part ${position} is empty: remove the extra comma.` });
      return;
    }
    const result = parsePart(part, position);
    if ("message" in result) {
      issues.push(result);
      return;
    }
    const key = `${result.kind}:${result.id.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      targets.push(result);
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, targets };
}

function parsePart(part: string, position: number): AccessTarget | IdentifierIssue {
  const colon = part.indexOf(":");
  if (colon === -1) {
    return { part, position, message: `"${part}" has no kind: write accessPoint:${part} or zone:${part}.` };
  }
  const rawKind = part.slice(0, colon).trim();
  const id = part.slice(colon + 1).trim();
  const kind = KINDS[rawKind.toLowerCase()];
  if (!kind) {
    return { part, position, message: `"${rawKind}" in "${part}" is not a kind: use accessPoint or zone.` };
  }
  if (id === "") return { part, position, message: `"${part}" has no ID after the colon.` };
  if (!ID_PATTERN.test(id)) {
    return { part, position, message: `"${id}" in "${part}" is not a valid ID (letters, digits, ".", "_" and "-" only).` };
  }
  return { kind, id };
}

export function formatAccessIdentifier(targets: AccessTarget[]): string {
  return targets.map((target) => `${target.kind}:${target.id}`).join(",");
}

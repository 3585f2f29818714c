import { parseAccessIdentifier } from "@/lib/locks/identifiers";
import type { AccessTarget, CredentialType, LockVendor, TimeWindow } from "@/lib/locks/types";

// What door access a booking gets, decided from stored data only (no lock system involved): which
// integration, which targets at the vendor, which door rows, which window and which credential.
// The loader (load-plan.ts) reads the rows; this function is pure so the rules stay testable.

export type AccessPlan = {
  integrationId: string;
  vendor: LockVendor;
  /** What the lock system is asked for: the resource's identifier plus the site's always-open doors. */
  targets: AccessTarget[];
  /** The door rows behind the targets (targets without a synced door row have none). */
  doorIds: string[];
  /** The booking period widened by the booking rule's buffers. */
  window: TimeWindow;
  credentialType: CredentialType;
  accessRuleId: string | null;
};

export type PlanDoor = { id: string; vendorId: string; kind: "access_point" | "zone" | "component" | "gateway" };

export type PlanRule = {
  id: string;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  credentialType: CredentialType;
  /** Extra doors of the rule, in addition to the resource's. */
  accessIdentifier: string | null;
};

export type AccessPlanInput = {
  period: TimeWindow;
  integration: { id: string; vendor: LockVendor } | null;
  resourceIdentifier: string | null;
  rule: PlanRule | null;
  /** The site's always-open doors (rows of any integration; only the plan's integration counts). */
  alwaysOpenDoors: (PlanDoor & { integrationId: string })[];
  /** Door rows of the plan's integration, to map targets to rows. */
  integrationDoors: PlanDoor[];
};

const MINUTE = 60_000;

// The credential each lock system issues when no rule says otherwise, and what it can issue at all: a rule
// left at the column default (pin_link) on a Xesar resource must not produce a request Xesar refuses.
const VENDOR_CREDENTIALS: Record<LockVendor, { fallback: CredentialType; supported: CredentialType[] }> = {
  xesar: { fallback: "mobile_key", supported: ["mobile_key"] },
  exivo: { fallback: "pin_link", supported: ["pin_link", "pin", "mobile_key"] },
};

/** Null when the booking opens no door: no lock system, or no (valid) Access Control Identifier. */
export function planBookingAccess(input: AccessPlanInput): AccessPlan | null {
  const { integration, rule } = input;
  if (!integration) return null;
  const resourceTargets = parseTargets(input.resourceIdentifier);
  if (resourceTargets.length === 0) return null;
  const alwaysOpen = input.alwaysOpenDoors.filter((door) => door.integrationId === integration.id && door.kind !== "gateway");
  const targets = dedupeTargets([...resourceTargets, ...parseTargets(rule?.accessIdentifier ?? null), ...alwaysOpen.map(toTarget)]);
  const doorIds = new Set<string>();
  for (const target of targets) {
    const door = [...input.integrationDoors, ...alwaysOpen].find((row) => matchesTarget(row, target));
    if (door) doorIds.add(door.id);
  }
  const before = (rule?.bufferBeforeMinutes ?? 0) * MINUTE;
  const after = (rule?.bufferAfterMinutes ?? 0) * MINUTE;
  const credentials = VENDOR_CREDENTIALS[integration.vendor];
  const credentialType = rule && credentials.supported.includes(rule.credentialType) ? rule.credentialType : credentials.fallback;
  return {
    integrationId: integration.id,
    vendor: integration.vendor,
    targets,
    doorIds: [...doorIds],
    window: { start: new Date(input.period.start.getTime() - before), end: new Date(input.period.end.getTime() + after) },
    credentialType,
    accessRuleId: rule?.id ?? null,
  };
}

/** The vendor ids named by an identifier; an invalid identifier names none rather than half of them. */
export function parseTargets(identifier: string | null): AccessTarget[] {
  if (!identifier?.trim()) return [];
  const parsed = parseAccessIdentifier(identifier);
  return parsed.ok ? parsed.targets : [];
}

function toTarget(door: PlanDoor): AccessTarget {
  return { kind: door.kind === "zone" ? "zone" : "accessPoint", id: door.vendorId };
}

function matchesTarget(door: PlanDoor, target: AccessTarget): boolean {
  if (door.vendorId !== target.id || door.kind === "gateway") return false;
  return target.kind === "zone" ? door.kind === "zone" : door.kind !== "zone";
}

function dedupeTargets(targets: AccessTarget[]): AccessTarget[] {
  const seen = new Set<string>();
  return targets.filter((target) => {
    const key = `${target.kind}:${target.id.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isSameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { getDb } from "@/db";
import { resources, sites } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { parseTargets, planBookingAccess, type AccessPlan } from "@/lib/access/plan";
import { loadBookingRule, loadPlanDoors } from "@/lib/access/load-plan";
import type { AccessTarget, CredentialType, TimeWindow } from "@/lib/locks/types";

// Dry run: what a booking of a resource would open, decided by the access engine's own planner
// (lib/access/plan.ts) from the stored resource, rule and site, for an example booking tomorrow 10:00-11:00
// in the site's time zone. Nothing is written and no lock system is called.

export type PreviewTarget = { target: string; source: "resource" | "rule" | "alwaysOpen"; doorName: string | null };

export type AccessPreview = {
  resourceName: string;
  timeZone: string;
  period: TimeWindow;
  ruleId: string | null;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** Null when the booking would open no door. */
  plan: { window: TimeWindow; credentialType: CredentialType; targets: PreviewTarget[] } | null;
  reason: "no_lock_system" | "no_doors" | null;
};

export async function previewBookingAccess({ orgId, resourceId, now = new Date() }: { orgId: string; resourceId: string; now?: Date }): Promise<AccessPreview> {
  const db = await getDb();
  const [row] = await db
    .select({ resource: resources, timeZone: sites.timeZone, siteIntegrationId: sites.integrationId })
    .from(resources)
    .innerJoin(sites, eq(sites.id, resources.siteId))
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, orgId)));
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  const { resource, timeZone } = row;
  // The access engine's own loaders: the oldest booking rule of the resource counts.
  const rule = await loadBookingRule(db, orgId, resource.id);
  const resourceTargets = parseTargets(resource.accessIdentifier);
  const ruleTargets = parseTargets(rule?.accessIdentifier ?? null);
  const { integration, alwaysOpenDoors, integrationDoors } = await loadPlanDoors(db, {
    orgId,
    integrationId: rule?.integrationId ?? row.siteIntegrationId,
    siteId: resource.siteId,
    identifiers: [resource.accessIdentifier, rule?.accessIdentifier ?? null],
  });
  const period = examplePeriod(now, timeZone);
  const plan = planBookingAccess({
    period,
    integration,
    resourceIdentifier: resource.accessIdentifier,
    rule,
    alwaysOpenDoors,
    integrationDoors,
  });
  const names = new Map([...integrationDoors, ...alwaysOpenDoors].map((door) => [door.id, door] as const));
  const sourceOf = (target: AccessTarget): PreviewTarget["source"] =>
    resourceTargets.some((t) => sameTarget(t, target)) ? "resource" : ruleTargets.some((t) => sameTarget(t, target)) ? "rule" : "alwaysOpen";
  return {
    resourceName: resource.name,
    timeZone,
    period,
    ruleId: rule?.id ?? null,
    bufferBeforeMinutes: rule?.bufferBeforeMinutes ?? 0,
    bufferAfterMinutes: rule?.bufferAfterMinutes ?? 0,
    plan: plan ? { window: plan.window, credentialType: plan.credentialType, targets: describeTargets(plan, names, sourceOf) } : null,
    reason: plan ? null : integration ? "no_doors" : "no_lock_system",
  };
}

function describeTargets(plan: AccessPlan, doorsById: Map<string, { vendorId: string; kind: string; name: string }>, sourceOf: (t: AccessTarget) => PreviewTarget["source"]): PreviewTarget[] {
  const rows = [...doorsById.values()].filter((door) => plan.doorIds.some((id) => doorsById.get(id) === door));
  return plan.targets.map((target) => {
    const door = rows.find((row) => row.vendorId === target.id && (target.kind === "zone") === (row.kind === "zone"));
    return { target: `${target.kind}:${target.id}`, source: sourceOf(target), doorName: door?.name ?? null };
  });
}

function sameTarget(a: AccessTarget, b: AccessTarget): boolean {
  return a.kind === b.kind && a.id.toLowerCase() === b.id.toLowerCase();
}

/** Tomorrow 10:00-11:00 at the site: an ordinary booking, so the buffers' effect reads at a glance. */
export function examplePeriod(now: Date, timeZone: string): TimeWindow {
  const start = DateTime.fromJSDate(now, { zone: timeZone }).plus({ days: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  return { start: start.toJSDate(), end: start.plus({ hours: 1 }).toJSDate() };
}

import { LockError, type GrantRefs, type VendorGrant } from "../types";
import { QUERY_RESOURCES } from "./envelopes";
import { mapMediumToGrant } from "./mapper";
import type { XesarRequests } from "./requests";
import { authorizationProfileSchema, identificationMediumSchema, type IdentificationMedium } from "./schemas";

// Reading a grant back from Xesar's own state: the medium (window, states) and its individual authorization
// profile (the doors and zones). This is what reconciliation after an unanswered command relies on.

export type ReadContext = { requests: XesarRequests; timeZone: string; now: () => Date };

export async function readMedium(ctx: ReadContext, mediumId: string): Promise<IdentificationMedium> {
  const raw = await ctx.requests.queryOne(QUERY_RESOURCES.identificationMedia, mediumId);
  const parsed = identificationMediumSchema.safeParse(raw);
  if (!parsed.success) throw new LockError({ code: "vendor", message: `Xesar returned an unreadable medium ${mediumId}` });
  return parsed.data;
}

/** Door and zone ids of the medium's individual authorizations. */
export async function readAuthorizedTargets(ctx: ReadContext, medium: IdentificationMedium): Promise<{ doors: string[]; zones: string[] }> {
  const doors: string[] = [];
  const zones: string[] = [];
  for (const profileId of medium.individualAuthorizationProfileIds ?? []) {
    const parsed = authorizationProfileSchema.safeParse(await ctx.requests.queryOne(QUERY_RESOURCES.authorizationProfiles, profileId));
    if (!parsed.success) throw new LockError({ code: "vendor", message: `Xesar returned an unreadable authorization profile ${profileId}` });
    for (const point of parsed.data.installationPoints ?? []) if (point.id) doors.push(point.id);
    for (const zone of parsed.data.zones ?? []) zones.push(zone.id);
  }
  return { doors, zones };
}

export async function readGrantByRefs(ctx: ReadContext, refs: GrantRefs): Promise<VendorGrant> {
  const mediumId = requireMediumId(refs);
  const medium = await readMedium(ctx, mediumId);
  const targets = await readAuthorizedTargets(ctx, medium);
  return mapMediumToGrant(medium, [...targets.doors, ...targets.zones], ctx.timeZone, ctx.now(), refs);
}

export function requireMediumId(refs: GrantRefs): string {
  const mediumId = refs.mediumId;
  if (!mediumId) throw new LockError({ code: "validation", message: "These grant references hold no Xesar mediumId" });
  return mediumId;
}

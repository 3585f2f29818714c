import type { GrantRequest, Holder, VendorGrant } from "../types";
import { LockError } from "../types";
import type { ExivoApi, VisitPayload } from "./api";
import { grantMarker, hasMarker, nameWithMarker } from "./grant-marker";
import { digitalKeyVisitToGrant, formatRfc3339, sameWindow, toWindow, visitToGrant, type ExivoRefs } from "./mapper";
import { checkPin, generatePin } from "./pin";
import { resolveComponentIds } from "./targets";
import type { TopologyCache } from "./topology";

export type GrantContext = { api: ExivoApi; topology: TopologyCache; mobileApp?: { id: string; name?: string } };
export type IssueOptions = { excludeVisitId?: string; avoidPin?: string };

const E164 = /^\+[1-9][0-9]{6,14}$/;
// "ButPending" states mean the mobile app has not yet picked the key up (Legic registration open).
const INSTALLED_KEY_STATES = new Set(["active", "assigned", "assignable"]);

export async function issueGrant(ctx: GrantContext, request: GrantRequest, options: IssueOptions = {}): Promise<VendorGrant> {
  const { window, holder, credential } = request;
  if (!(window.end.getTime() > window.start.getTime())) throw invalid("The access window must end after it starts.");
  if (holder.phone && !E164.test(holder.phone)) throw invalid(`The holder's phone "${holder.phone}" is not in E.164 format.`);
  const pin = credential.type !== "mobile_key" && credential.pin ? checkPin(credential.pin) : undefined;
  if (credential.type === "mobile_key") requireMobileKeyInputs(ctx, holder);

  const marker = grantMarker(request.idempotencyKey);
  const isRetry = (item: { id: string; name?: string | null; revoked?: boolean | null; validFrom: string; validTo: string }) =>
    hasMarker(item.name, marker) && !item.revoked && item.id !== options.excludeVisitId && sameWindow(toWindow(item.validFrom, item.validTo), window);
  // The search for an earlier visit lists every visit of the site (the API has no filter), page by page: it
  // is skipped when Keyslot says no earlier call with this key can have reached exivo. The reads go out together.
  const search = !request.firstAttempt;
  const mobileKey = credential.type === "mobile_key";
  const [componentIds, earlierVisit, earlierKeyVisit] = await Promise.all([
    resolveTargets(ctx, request.targets),
    search && !mobileKey ? ctx.api.findVisit(isRetry) : undefined,
    search && mobileKey ? ctx.api.findDigitalKeyVisit(isRetry) : undefined,
  ]);
  const common = {
    validFrom: formatRfc3339(window.start),
    validTo: formatRfc3339(window.end),
    components: componentIds,
    name: nameWithMarker(holder.name, marker),
  };

  if (credential.type === "mobile_key") {
    const phone = holder.phone!;
    const visit =
      earlierKeyVisit ??
      (await ctx.api.createDigitalKeyVisit({
        ...common,
        formFactor: "ma-phone",
        publicRegistrationId: phone,
        mobileApp: ctx.mobileApp!,
        installNotification: true,
      }));
    return digitalKeyVisitToGrant(visit, await isDigitalKeyInstalled(ctx.api, phone));
  }

  if (earlierVisit) return visitToGrant(earlierVisit);
  const body: VisitPayload = { ...common, code: pin ?? generatePin(options.avoidPin), ...contactOf(holder) };
  return visitToGrant(await ctx.api.createVisit(body));
}

/** Component ids of the targets; a kept topology that does not know one is fetched again before giving up. */
async function resolveTargets(ctx: GrantContext, targets: GrantRequest["targets"]): Promise<string[]> {
  const { topology, fresh } = await ctx.topology.get();
  try {
    return resolveComponentIds(targets, topology.components, topology.zones);
  } catch (error) {
    if (fresh || !(error instanceof LockError && error.code === "validation")) throw error;
    const current = await ctx.topology.refresh();
    return resolveComponentIds(targets, current.components, current.zones);
  }
}

export async function readExivoGrant(ctx: GrantContext, refs: ExivoRefs): Promise<VendorGrant> {
  if (refs.kind === "visit") return visitToGrant(await ctx.api.getVisit(refs.visitId));
  const visit = await ctx.api.getDigitalKeyVisit(refs.visitId);
  const live = !visit.revoked && !visit.expired && !!visit.publicRegistrationId;
  return digitalKeyVisitToGrant(visit, live && (await isDigitalKeyInstalled(ctx.api, visit.publicRegistrationId!)));
}

/** Revoking twice is fine: exivo answers 400 for a visit already revoked (or expired), we read back and accept. */
export async function revokeExivoGrant(ctx: GrantContext, refs: ExivoRefs): Promise<void> {
  try {
    if (refs.kind === "visit") await ctx.api.revokeVisit(refs.visitId);
    else await ctx.api.revokeDigitalKeyVisit(refs.visitId);
  } catch (error) {
    if (!(error instanceof LockError) || error.code !== "validation") throw error;
    const current = await readExivoGrant(ctx, refs);
    if (current.status !== "revoked" && current.status !== "expired") throw error;
  }
}

// exivo visits cannot be edited. The new visit is created before the old one is revoked, so the holder is
// never without access in between (product: "the new access is issued, then the old one revoked").
// A retry after a failed revoke finds the new visit again through its marker and only revokes the old one.
export async function replaceExivoGrant(ctx: GrantContext, refs: ExivoRefs, request: GrantRequest): Promise<VendorGrant> {
  let oldPin: string | undefined;
  try {
    oldPin = (await readExivoGrant(ctx, refs)).credential?.pin;
  } catch (error) {
    if (!(error instanceof LockError) || error.code !== "not_found") throw error;
  }
  const next = await issueGrant(ctx, request, { excludeVisitId: refs.visitId, avoidPin: oldPin });
  try {
    await revokeExivoGrant(ctx, refs);
  } catch (error) {
    if (!(error instanceof LockError) || error.code !== "not_found") throw error;
  }
  return next;
}

async function isDigitalKeyInstalled(api: ExivoApi, phone: string): Promise<boolean> {
  const wanted = phone.replace(/\s+/g, "");
  const key = await api.findDigitalKey(
    (k) => k.formFactor === "ma-phone" && (k.publicRegistrationId ?? "").replace(/\s+/g, "") === wanted && INSTALLED_KEY_STATES.has(k.state ?? ""),
  );
  return key !== undefined;
}

// With both set exivo sends only the SMS; we send the one we want delivered.
function contactOf(holder: Holder): Pick<VisitPayload, "smsNr" | "email"> {
  if (holder.phone) return { smsNr: holder.phone };
  if (holder.email) return { email: holder.email };
  return {};
}

function requireMobileKeyInputs(ctx: GrantContext, holder: Holder): void {
  if (!holder.phone) throw invalid("A dormakaba mobile key needs the holder's mobile number.");
  if (!ctx.mobileApp) {
    throw invalid("Mobile keys need the Legic ID of the dormakaba mobile app (mobileAppId) in the exivo integration settings.");
  }
}

function invalid(message: string): LockError {
  return new LockError({ code: "validation", message });
}

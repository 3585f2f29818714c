import { LockError, type GrantRequest, type Holder, type TimeWindow, type VendorGrant } from "../types";
import { buildMediumLabel, E164_PATTERN, pickMessageLanguage, splitHolderName } from "./choices";
import { buildAuthorization, COMMANDS, QUERY_RESOURCES } from "./envelopes";
import { lockErrorForSilence, lockErrorFromVendor } from "./errors";
import { deriveMediumId, derivePersonId } from "./ids";
import { toInstallationLocal } from "./local-time";
import { readGrantByRefs, type ReadContext } from "./medium-read";
import { personSchema, smartphoneAddedSchema } from "./schemas";

// One booking = one smartphone medium with the booking's window and one individual authorization per door
// or zone (the authorizations carry no window of their own). Ids are derived from Keyslot's keys, so a retry
// hits the medium of the first attempt (409) and reads it back instead of issuing a second mobile key.

export async function grantMobileKey(ctx: ReadContext, request: GrantRequest): Promise<VendorGrant> {
  const phone = validateRequest(request);
  const mediumId = deriveMediumId(request.idempotencyKey);
  const personId = await ensurePerson(ctx, request.holder);
  const refs = { mediumId, personId };
  const outcome = await ctx.requests.command(COMMANDS.addSmartphone, {
    id: mediumId,
    personId,
    phoneNumber: phone,
    messageLanguage: pickMessageLanguage(request.holder),
    label: buildMediumLabel(request.holder, request.idempotencyKey),
    accessBeginAt: toInstallationLocal(request.window.start, ctx.timeZone),
    accessEndAt: toInstallationLocal(request.window.end, ctx.timeZone),
    validityDuration: null,
    authorizationProfileId: null,
    individualAuthorizations: request.targets.map(buildAuthorization),
    partitionId: null,
    disengagePeriod: null,
  });
  if (outcome.kind === "error" && outcome.status === 409) return readExisting(ctx, refs);
  if (outcome.kind === "error") throw lockErrorFromVendor(outcome.status, outcome.reason, "AddSmartphoneToInstallation");
  if (outcome.kind === "silence") {
    // The command went out; whether Xesar executed it is unknown. The ids are ours, so readGrant can tell later.
    return { status: "unknown", refs, window: request.window, doorVendorIds: request.targets.map((t) => t.id), credential: { sentTo: phone } };
  }
  const added = smartphoneAddedSchema.safeParse(outcome.event);
  if (added.success && added.data.aggregateId !== mediumId) {
    throw new LockError({ code: "vendor", message: `Xesar confirmed medium ${added.data.aggregateId}, not ${mediumId}` });
  }
  // The event lacks registrationCodeValidUntil; the entity has it. A slow read must not turn success into failure.
  return readGrantByRefs(ctx, refs).catch((error: unknown) => {
    if (error instanceof LockError && (error.code === "timeout" || error.code === "unavailable")) {
      return grantFromEvent(refs, request.window, request.targets.map((t) => t.id), phone);
    }
    throw error;
  });
}

/** Finds the holder by externalId, or creates them under an id derived from it (so racing grants share one). */
async function ensurePerson(ctx: ReadContext, holder: Holder): Promise<string> {
  const found = await ctx.requests.queryList(QUERY_RESOURCES.persons, {
    pageLimit: 1,
    filters: [{ field: "externalId", type: "eq", value: holder.externalId }],
  });
  const existing = personSchema.safeParse(found.data[0]);
  if (existing.success) return existing.data.id;

  const personId = derivePersonId(holder.externalId);
  const { firstName, lastName } = splitHolderName(holder.name);
  const outcome = await ctx.requests.command(COMMANDS.createPerson, { id: personId, firstName, lastName, identifier: null, externalId: holder.externalId });
  if (outcome.kind === "event") return personId;
  // 409: the derived id exists already (a concurrent or earlier attempt created it).
  if (outcome.kind === "error" && outcome.status === 409) return personId;
  if (outcome.kind === "error") throw lockErrorFromVendor(outcome.status, outcome.reason, "CreatePerson");
  // Nothing about the medium has been ordered yet: a plain, retryable timeout is the honest answer.
  throw lockErrorForSilence("CreatePerson", outcome.cause);
}

/** A 409 on the medium id means an earlier attempt of this grant got through: return that medium. */
async function readExisting(ctx: ReadContext, refs: { mediumId: string; personId: string }): Promise<VendorGrant> {
  try {
    return await readGrantByRefs(ctx, refs);
  } catch (error) {
    if (error instanceof LockError && error.code === "not_found") {
      throw new LockError({ code: "conflict", message: `Xesar refused medium ${refs.mediumId} as a duplicate but does not list it`, vendorStatus: 409 });
    }
    throw error;
  }
}

function grantFromEvent(refs: { mediumId: string; personId: string }, window: TimeWindow, doorVendorIds: string[], phone: string): VendorGrant {
  return { status: "activation_pending", refs, window, doorVendorIds, credential: { sentTo: phone } };
}

function validateRequest(request: GrantRequest): string {
  if (request.credential.type !== "mobile_key") {
    throw new LockError({ code: "validation", message: `Xesar issues mobile keys only, not "${request.credential.type}"` });
  }
  const phone = request.holder.phone ?? "";
  if (!E164_PATTERN.test(phone)) throw new LockError({ code: "validation", message: "A Xesar mobile key needs the holder's mobile number in E.164 form" });
  if (request.targets.length === 0) throw new LockError({ code: "validation", message: "A grant needs at least one door or zone" });
  validateWindow(request.window);
  return phone;
}

export function validateWindow(window: TimeWindow): void {
  if (!(window.end.getTime() > window.start.getTime())) {
    throw new LockError({ code: "validation", message: "The access window must end after it starts" });
  }
}

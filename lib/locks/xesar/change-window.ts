import type { AccessTarget, GrantRefs, TimeWindow, VendorGrant } from "../types";
import { buildAuthorization, COMMANDS, type CommandName } from "./envelopes";
import { lockErrorForSilence, lockErrorFromVendor } from "./errors";
import { validateWindow } from "./grant";
import { fromInstallationLocal, toInstallationLocal } from "./local-time";
import { readAuthorizedTargets, readGrantByRefs, readMedium, requireMediumId, type ReadContext } from "./medium-read";

// Xesar changes a medium in place: the holder keeps the activated mobile key, only its window (and, when the
// request says so, its doors) change. Each step is skipped when Xesar already holds the wanted value, so a
// retry after a timeout continues where the first attempt stopped.

export async function changeMediumWindow(ctx: ReadContext, refs: GrantRefs, window: TimeWindow, targets: AccessTarget[]): Promise<VendorGrant> {
  validateWindow(window);
  const mediumId = requireMediumId(refs);
  const medium = await readMedium(ctx, mediumId);
  const begin = toInstallationLocal(window.start, ctx.timeZone);
  const end = toInstallationLocal(window.end, ctx.timeZone);
  const currentEnd = medium.accessEndAt ? fromInstallationLocal(medium.accessEndAt, ctx.timeZone) : null;

  const setBegin = () => sendCommand(ctx, COMMANDS.setAccessBeginAt, { id: mediumId, accessBeginAt: begin });
  const setEnd = () => sendCommand(ctx, COMMANDS.setAccessEndAt, { id: mediumId, accessEndAt: end });
  const beginDone = isSameLocal(medium.accessBeginAt, begin, ctx.timeZone);
  const endDone = isSameLocal(medium.accessEndAt, end, ctx.timeZone);
  // Never leave begin after end in between: moving later sets the end first, moving earlier the begin.
  const endFirst = currentEnd !== null && window.start.getTime() >= currentEnd.getTime();
  for (const step of endFirst ? ["end", "begin"] : ["begin", "end"]) {
    if (step === "begin" && !beginDone) await setBegin();
    if (step === "end" && !endDone) await setEnd();
  }
  if (targets.length > 0) await syncAuthorizations(ctx, mediumId, targets);
  return readGrantByRefs(ctx, refs);
}

async function syncAuthorizations(ctx: ReadContext, mediumId: string, targets: AccessTarget[]): Promise<void> {
  const current = await readAuthorizedTargets(ctx, await readMedium(ctx, mediumId));
  const has = (target: AccessTarget) => (target.kind === "zone" ? current.zones : current.doors).includes(target.id);
  for (const target of targets.filter((t) => !has(t))) {
    const name = target.kind === "zone" ? COMMANDS.addZoneAuthorization : COMMANDS.addInstallationPointAuthorization;
    await sendCommand(ctx, name, { id: mediumId, authorization: buildAuthorization(target) });
  }
  const wanted = new Set(targets.map((t) => `${t.kind}:${t.id}`));
  for (const door of current.doors.filter((id) => !wanted.has(`accessPoint:${id}`))) {
    await sendCommand(ctx, COMMANDS.removeInstallationPointAuthorization, { id: mediumId, authorization: door });
  }
  for (const zone of current.zones.filter((id) => !wanted.has(`zone:${id}`))) {
    await sendCommand(ctx, COMMANDS.removeZoneAuthorization, { id: mediumId, authorization: zone });
  }
}

async function sendCommand(ctx: ReadContext, name: CommandName, fields: Record<string, unknown>): Promise<void> {
  const outcome = await ctx.requests.command(name, fields);
  if (outcome.kind === "error") throw lockErrorFromVendor(outcome.status, outcome.reason, name);
  if (outcome.kind === "silence") throw lockErrorForSilence(name, outcome.cause);
}

function isSameLocal(current: string | null | undefined, wanted: string, timeZone: string): boolean {
  if (!current) return false;
  return fromInstallationLocal(current, timeZone).getTime() === fromInstallationLocal(wanted, timeZone).getTime();
}

import { LockError, type DoorInfo, type VerifyResult } from "../types";
import { isRemotelyReachable, REMOTE_DISENGAGE_EXTENDED } from "./choices";
import { COMMANDS, QUERY_RESOURCES, type QueryResource } from "./envelopes";
import { lockErrorForSilence, lockErrorFromVendor } from "./errors";
import { mapInstallationPoint, mapZone } from "./mapper";
import type { ReadContext } from "./medium-read";
import type { XesarRequests } from "./requests";
import { installationPointSchema, zoneSchema } from "./schemas";

// Doors, zones and remote opening. Xesar's lists hold installation points and zones only (no gateways).

const PAGE_LIMIT = 100;

/** A cheap query that only succeeds with a valid token over a connection the certificate opened. */
export async function verifyInstallation(requests: XesarRequests, timeZone: string): Promise<VerifyResult> {
  const page = await requests.queryList(QUERY_RESOURCES.installationPoints, { pageLimit: 1 });
  const first = installationPointSchema.safeParse(page.data[0]);
  const installation = first.success && first.data.installationId ? ` ${first.data.installationId}` : "";
  return { siteName: `EVVA Xesar installation${installation}`, timeZone };
}

export async function listInstallationDoors(requests: XesarRequests): Promise<DoorInfo[]> {
  const zones = (await listAll(requests, QUERY_RESOURCES.zones)).map((raw) => parse(zoneSchema, raw, "zone"));
  const points = (await listAll(requests, QUERY_RESOURCES.installationPoints)).map((raw) => parse(installationPointSchema, raw, "installation point"));
  return [...points.map((point) => mapInstallationPoint(point, zones)), ...zones.map(mapZone)];
}

/** RemoteDisengage works on online components only; an offline door gets a precise, retryable error first. */
export async function openInstallationPoint(ctx: ReadContext, installationPointId: string): Promise<void> {
  const point = parse(installationPointSchema, await ctx.requests.queryOne(QUERY_RESOURCES.installationPoints, installationPointId), "installation point");
  if (!isRemotelyReachable(point.onlineStatus)) {
    throw new LockError({ code: "unavailable", message: `Door "${point.name}" is ${point.onlineStatus ?? "not online"}: it cannot be opened remotely` });
  }
  const outcome = await ctx.requests.command(COMMANDS.remoteDisengage, { installationPointId, extended: REMOTE_DISENGAGE_EXTENDED });
  if (outcome.kind === "error") throw lockErrorFromVendor(outcome.status, outcome.reason, "RemoteDisengage");
  if (outcome.kind === "silence") throw lockErrorForSilence("RemoteDisengage", outcome.cause);
}

async function listAll(requests: XesarRequests, resource: QueryResource): Promise<unknown[]> {
  const all: unknown[] = [];
  for (let pageOffset = 0; ; pageOffset += PAGE_LIMIT) {
    const page = await requests.queryList(resource, { pageOffset, pageLimit: PAGE_LIMIT });
    all.push(...page.data);
    if (page.data.length < PAGE_LIMIT || all.length >= page.totalCount) return all;
  }
}

function parse<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new LockError({ code: "vendor", message: `Xesar returned an unreadable ${what}` });
  return parsed.data;
}

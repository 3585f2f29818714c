import { z } from "zod";
import type { FaultState } from "./faults";
import { SimulatorError, type InstallationState, type SimMedium } from "./state";

// Queries on `xs3/1/q`: a list (paged, filtered) or, with `id`, one element; an unknown id is a 404.

const filterSchema = z.object({
  field: z.string(),
  type: z.enum(["eq", "gt", "lt", "gte", "lte", "contains", "empty", "ne", "isNull"]),
  value: z.unknown().optional(),
});

export const queryBodySchema = z.object({
  resource: z.string().min(1),
  requestId: z.string().min(1),
  token: z.string().nullish(),
  id: z.string().nullish(),
  params: z
    .object({
      pageOffset: z.number().int().nonnegative().nullish(),
      pageLimit: z.number().int().positive().nullish(),
      filters: z.array(filterSchema).nullish(),
    })
    .loose()
    .nullish(),
});
export type QueryBody = z.infer<typeof queryBodySchema>;

type Row = Record<string, unknown>;

export function answerQuery(state: InstallationState, faults: FaultState, body: QueryBody): unknown {
  const rows = listRows(state, faults, body.resource);
  if (body.id) {
    const row = rows.find((candidate) => candidate.id === body.id);
    if (!row) throw new SimulatorError(404, `${body.resource} ${body.id} not found`);
    return row;
  }
  const filters = body.params?.filters ?? [];
  const filtered = rows.filter((row) => filters.every((filter) => matchesFilter(row[filter.field], filter.type, filter.value)));
  const offset = body.params?.pageOffset ?? 0;
  const limit = body.params?.pageLimit ?? 50;
  return { data: filtered.slice(offset, offset + limit), totalCount: rows.length, filterCount: filtered.length };
}

function listRows(state: InstallationState, faults: FaultState, resource: string): Row[] {
  switch (resource) {
    case "installation-points":
      return [...state.points.values()].map((point) => ({
        ...point,
        onlineStatus: faults.isDoorOffline(point.id) ? "disconnected" : point.onlineStatus,
        linkedInstallationPoints: [],
        manualOfficeMode: false,
        shopMode: false,
        openDoor: false,
      }));
    case "zones":
      return [...state.zones.values()].map((zone) => ({ ...zone, installationPointCount: zone.installationPoints.length }));
    case "persons":
      return [...state.persons.values()].map((person) => ({
        ...person,
        identificationMediaCount: [...state.media.values()].filter((medium) => medium.personId === person.id).length,
      }));
    case "identification-media":
      return [...state.media.values()].map(toMediumRow);
    case "authorization-profiles":
      return [...state.media.values()].flatMap(toIndividualProfiles);
    default:
      throw new SimulatorError(404, `unknown query resource ${resource}`);
  }
}

function toMediumRow(medium: SimMedium): Row {
  const { authorizations: _authorizations, ...rest } = medium;
  return { ...rest, authorizationProfileId: null, external: false, outdated: false, disengagePeriod: "SHORT" };
}

/** Each medium's individual authorizations, as the authorization profile they form. */
function toIndividualProfiles(medium: SimMedium): Row[] {
  return medium.individualAuthorizationProfileIds.map((id) => ({
    id,
    name: `Individual authorizations of ${medium.label ?? medium.id}`,
    description: null,
    installationPoints: medium.authorizations.filter((a) => a.installationPoint).map((a) => ({ id: a.authorizationId, timeProfileId: a.timeProfileId })),
    zones: medium.authorizations.filter((a) => !a.installationPoint).map((a) => ({ id: a.authorizationId, timeProfileId: a.timeProfileId })),
    manualOfficeMode: false,
    anyAuthorizations: false,
    standardTimeProfile: null,
  }));
}

function matchesFilter(actual: unknown, type: z.infer<typeof filterSchema>["type"], expected: unknown): boolean {
  const value = actual === null || actual === undefined ? null : String(actual);
  const wanted = expected === null || expected === undefined ? "" : String(expected);
  switch (type) {
    case "eq":
      return value === wanted;
    case "ne":
      return value !== wanted;
    case "contains":
      return value !== null && value.toLowerCase().includes(wanted.toLowerCase());
    case "isNull":
      return value === null;
    case "empty":
      return value === null || value === "";
    case "gt":
      return value !== null && value > wanted;
    case "gte":
      return value !== null && value >= wanted;
    case "lt":
      return value !== null && value < wanted;
    case "lte":
      return value !== null && value <= wanted;
  }
}

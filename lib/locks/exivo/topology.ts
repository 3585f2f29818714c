import type { ExivoApi } from "./api";
import type { ExivoAccessZone, ExivoComponent } from "./schemas";

// The site's components and access zones: every grant needs them to turn targets into component ids, yet
// they change when an installer adds or removes a door, not per booking. Listing them on every grant was two
// of the three requests of a visit (and, with a real network, a whole extra round of latency). Kept for a
// minute, fetched once for callers that ask at the same time, and fetched again at once when a kept copy
// does not know a target (grants.ts), so a door added a minute ago still works.

export type Topology = { components: ExivoComponent[]; zones: ExivoAccessZone[] };

export type TopologyCache = {
  /** `fresh`: fetched for this caller (or together with it), so a target it does not know is really unknown. */
  get(): Promise<{ topology: Topology; fresh: boolean }>;
  refresh(): Promise<Topology>;
};

export const TOPOLOGY_TTL_MS = 60_000;

export function createTopologyCache(api: Pick<ExivoApi, "listComponents" | "listAccessZones">, { ttlMs = TOPOLOGY_TTL_MS, now = Date.now } = {}): TopologyCache {
  let kept: { at: number; topology: Promise<Topology> } | null = null;

  function refresh(): Promise<Topology> {
    // One after the other: a failed first listing leaves no second request in flight (once a minute, at most).
    const topology = api.listComponents().then(async (components) => ({ components, zones: await api.listAccessZones() }));
    const entry = { at: now(), topology };
    kept = entry;
    // A failed listing is not kept: the next caller asks exivo again.
    topology.catch(() => {
      if (kept === entry) kept = null;
    });
    return topology;
  }

  return {
    async get() {
      const entry = kept;
      if (entry && now() - entry.at < ttlMs) return { topology: await entry.topology, fresh: false };
      return { topology: await refresh(), fresh: true };
    },
    refresh,
  };
}

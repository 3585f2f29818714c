import { describe, expect, it } from "vitest";
import { createTopologyCache } from "./topology";
import type { ExivoComponent } from "./schemas";

function fakeApi() {
  const calls = { components: 0, zones: 0 };
  let components: ExivoComponent[] = [{ id: "door-1" } as ExivoComponent];
  let fail = false;
  return {
    calls,
    setComponents: (next: ExivoComponent[]) => void (components = next),
    setFailing: (value: boolean) => void (fail = value),
    api: {
      listComponents: async () => {
        calls.components++;
        if (fail) throw new Error("exivo is down");
        return components;
      },
      listAccessZones: async () => {
        calls.zones++;
        return [];
      },
    },
  };
}

describe("exivo topology cache", () => {
  it("asks exivo once for callers at the same time and keeps the answer for the TTL", async () => {
    let clock = 0;
    const fake = fakeApi();
    const cache = createTopologyCache(fake.api, { ttlMs: 1_000, now: () => clock });
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(fake.calls).toEqual({ components: 1, zones: 1 });
    expect(a.fresh).toBe(true);
    expect(b.topology).toBe(a.topology);
    clock = 999;
    expect(await cache.get()).toMatchObject({ fresh: false });
    expect(fake.calls.components).toBe(1);
    clock = 1_000;
    fake.setComponents([{ id: "door-2" } as ExivoComponent]);
    expect(await cache.get()).toMatchObject({ fresh: true, topology: { components: [{ id: "door-2" }] } });
    expect(fake.calls.components).toBe(2);
  });

  it("does not keep a failed listing: the next caller asks again", async () => {
    const fake = fakeApi();
    const cache = createTopologyCache(fake.api, { now: () => 0 });
    fake.setFailing(true);
    await expect(cache.get()).rejects.toThrow("exivo is down");
    fake.setFailing(false);
    expect(await cache.get()).toMatchObject({ fresh: true, topology: { components: [{ id: "door-1" }] } });
  });

  it("refresh replaces the kept copy at once", async () => {
    const fake = fakeApi();
    const cache = createTopologyCache(fake.api, { now: () => 0 });
    await cache.get();
    fake.setComponents([{ id: "door-9" } as ExivoComponent]);
    await cache.refresh();
    expect(await cache.get()).toMatchObject({ fresh: false, topology: { components: [{ id: "door-9" }] } });
  });
});

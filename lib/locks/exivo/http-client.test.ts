import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createExivoHttpClient, type ExivoHttpOptions } from "./http-client";

// The client with a scripted fetch: no server, no real waiting (sleep is injected and recorded).

type Scripted = Response | Error;

function client(script: Scripted[], options: Partial<ExivoHttpOptions> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const waits: number[] = [];
  const fakeFetch = (async (url: URL, init: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = script.shift();
    if (!next) throw new Error("script exhausted");
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  const http = createExivoHttpClient({
    baseUrl: "https://api.exivo.test/v1/",
    siteId: "site-1",
    apiKey: "key",
    apiSecret: "secret",
    fetch: fakeFetch,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
  return { http, calls, waits };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const schema = z.object({ name: z.string() });

describe("exivo http client", () => {
  it("sends Basic auth to /{siteId}/path with query and JSON body", async () => {
    const { http, calls } = client([json(200, { name: "ok" })]);
    await http.send({ method: "POST", path: "/visit", query: { skip: 0, limit: 100 }, body: { a: 1 }, schema });
    expect(calls[0]!.url).toBe("https://api.exivo.test/v1/site-1/visit?skip=0&limit=100");
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe(`Basic ${Buffer.from("key:secret").toString("base64")}`);
    expect(headers["content-type"]).toBe("application/json");
    expect(calls[0]!.init.body).toBe('{"a":1}');
  });

  it("retries 429 and 503 waiting Retry-After, up to maxRetries", async () => {
    const { http, waits } = client([json(429, {}, { "retry-after": "2" }), json(503, {}, { "retry-after": "1" }), json(200, { name: "ok" })]);
    await expect(http.send({ method: "GET", path: "/info", schema })).resolves.toEqual({ name: "ok" });
    expect(waits).toEqual([2000, 1000]);
  });

  it("backs off without Retry-After and surfaces the error after maxRetries", async () => {
    const { http, waits } = client([json(503, {}), json(503, {}), json(503, {})], { maxRetries: 2 });
    await expect(http.send({ method: "GET", path: "/info", schema })).rejects.toMatchObject({ code: "unavailable" });
    expect(waits).toEqual([500, 1000]);
  });

  it("never retries with maxRetries 0", async () => {
    const { http, calls } = client([json(429, {}, { "retry-after": "1" })], { maxRetries: 0 });
    await expect(http.send({ method: "GET", path: "/info", schema })).rejects.toMatchObject({ code: "rate_limited", retryAfterMs: 1000 });
    expect(calls).toHaveLength(1);
  });

  it.each([
    ["a body that is not JSON", new Response("<html>oops</html>", { status: 200 })],
    ["an empty body", new Response(null, { status: 204 })],
    ["JSON of the wrong shape", json(200, { name: 42 })],
  ])("turns %s into LockError vendor", async (_label, response) => {
    const { http } = client([response]);
    await expect(http.send({ method: "GET", path: "/info", schema })).rejects.toMatchObject({ name: "LockError", code: "vendor", retryable: true });
  });

  it("accepts 204 when no answer is expected", async () => {
    const { http } = client([new Response(null, { status: 204 })]);
    await expect(http.send({ method: "POST", path: "/visit/v/revoke", body: {} })).resolves.toBeUndefined();
  });

  it("maps a network failure to unavailable without retrying it", async () => {
    const { http, calls } = client([Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })]);
    await expect(http.send({ method: "GET", path: "/info", schema })).rejects.toMatchObject({ code: "unavailable" });
    expect(calls).toHaveLength(1);
  });

  it("times out through AbortSignal.timeout", async () => {
    const hanging = (async (_url: URL, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener("abort", () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    const http = createExivoHttpClient({ baseUrl: "https://x.test/v1", siteId: "s", apiKey: "k", apiSecret: "s", fetch: hanging, timeoutMs: 20 });
    await expect(http.send({ method: "GET", path: "/info", schema })).rejects.toMatchObject({ code: "timeout", retryable: true });
  });
});

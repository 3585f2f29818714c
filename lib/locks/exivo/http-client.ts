import type { z } from "zod";
import { LockError } from "../types";
import { malformedAnswer, mapFetchError, mapHttpError } from "./errors";

export type ExivoHttpOptions = {
  /** e.g. https://api.exivo.io/v1 */
  baseUrl: string;
  siteId: string;
  apiKey: string;
  apiSecret: string;
  fetch?: typeof fetch;
  /** Retries of 429 / 503 done here, honouring Retry-After. Default 2. */
  maxRetries?: number;
  /** Per attempt, including reading the body. Default 10 s. */
  timeoutMs?: number;
  /** A Retry-After longer than this is not waited out here: the error goes to the caller (the job queue). */
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

export type ExivoRequest<T> = {
  method: "GET" | "POST";
  /** Below /{siteId}, e.g. "/visit". */
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  /** The answer's schema; omitted for 204 answers. */
  schema?: z.ZodType<T>;
};

export type ExivoHttpClient = {
  send<T>(request: ExivoRequest<T> & { schema: z.ZodType<T> }): Promise<T>;
  send(request: ExivoRequest<unknown> & { schema?: undefined }): Promise<void>;
};

const RETRIED_STATUSES = new Set([429, 503]);
const FALLBACK_BACKOFF_MS = 500;

export function createExivoHttpClient(options: ExivoHttpOptions): ExivoHttpClient {
  const fetchImpl = options.fetch ?? fetch;
  const maxRetries = options.maxRetries ?? 2;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const root = `${options.baseUrl.replace(/\/+$/, "")}/${encodeURIComponent(options.siteId)}`;
  const authorization = `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`;

  async function sendOnce<T>(request: ExivoRequest<T>): Promise<T | undefined> {
    const url = new URL(`${root}${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { authorization, accept: "application/json" };
    if (request.body !== undefined) headers["content-type"] = "application/json";
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const response = await fetchImpl(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      retryAfter = response.headers.get("retry-after");
      text = await response.text();
    } catch (error) {
      throw mapFetchError(error, timeoutMs);
    }
    const what = `${request.method} ${request.path}`;
    if (status < 200 || status > 299) throw mapHttpError(status, text, retryAfter);
    if (!request.schema) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw malformedAnswer(what, text === "" ? "empty body" : "not JSON");
    }
    const parsed = request.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw malformedAnswer(what, `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
    }
    return parsed.data;
  }

  async function send<T>(request: ExivoRequest<T>): Promise<T | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await sendOnce(request);
      } catch (error) {
        const wait = retryWait(error, attempt);
        if (wait === undefined) throw error;
        await sleep(wait);
      }
    }
  }

  // Only 429 and 503 are retried here: both say "not processed, come back later", so even a POST is safe to
  // repeat. Timeouts and network errors are left to the caller, whose retry goes through the idempotency marker.
  function retryWait(error: unknown, attempt: number): number | undefined {
    if (!(error instanceof LockError) || attempt >= maxRetries) return undefined;
    if (error.vendorStatus === undefined || !RETRIED_STATUSES.has(error.vendorStatus)) return undefined;
    const wait = error.retryAfterMs ?? FALLBACK_BACKOFF_MS * 2 ** attempt;
    return wait <= maxRetryWaitMs ? wait : undefined;
  }

  return { send } as ExivoHttpClient;
}

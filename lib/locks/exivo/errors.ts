import { LockError } from "../types";
import { parseRetryAfter } from "./retry-after";

// exivo's error bodies are undocumented: seen are `{ message }`, `{ error }`, `{ error: { message } }`,
// plain text and (for unknown ids) an empty body. Everything becomes a LockError here, at the edge.

const MAX_MESSAGE = 300;

export function extractErrorMessage(body: string): string | undefined {
  const trimmed = body.trim();
  if (trimmed === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return truncate(trimmed);
  }
  if (typeof parsed === "string" && parsed.trim() !== "") return truncate(parsed.trim());
  if (parsed && typeof parsed === "object") {
    const { message, error } = parsed as { message?: unknown; error?: unknown };
    if (typeof message === "string" && message.trim() !== "") return truncate(message.trim());
    if (typeof error === "string" && error.trim() !== "") return truncate(error.trim());
    const nested = (error as { message?: unknown } | null | undefined)?.message;
    if (typeof nested === "string" && nested.trim() !== "") return truncate(nested.trim());
  }
  return truncate(trimmed);
}

export function mapHttpError(status: number, body: string, retryAfter: string | null, nowMs: number = Date.now()): LockError {
  const detail = extractErrorMessage(body);
  const message = `exivo answered HTTP ${status}${detail ? `: ${detail}` : ""}`;
  const base = { message, vendorStatus: status };
  if (status === 401 || status === 403) return new LockError({ ...base, code: "auth" });
  if (status === 404) return new LockError({ ...base, code: "not_found" });
  if (status === 400 || status === 422) return new LockError({ ...base, code: "validation" });
  if (status === 409) return new LockError({ ...base, code: "conflict" });
  if (status === 429) return new LockError({ ...base, code: "rate_limited", retryAfterMs: parseRetryAfter(retryAfter, nowMs) });
  if (status === 503) return new LockError({ ...base, code: "unavailable", retryAfterMs: parseRetryAfter(retryAfter, nowMs) });
  if (status >= 500) return new LockError({ ...base, code: "vendor" });
  // Other 4xx (405, 415, ...) mean this driver and the API disagree: retrying the same request cannot help.
  return new LockError({ ...base, code: "vendor", retryable: false });
}

/** fetch rejects with the AbortSignal's reason on timeout and with a TypeError on network failure. */
export function mapFetchError(error: unknown, timeoutMs: number): LockError {
  if (error instanceof LockError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new LockError({ code: "timeout", message: `exivo did not answer within ${timeoutMs} ms` });
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new LockError({ code: "unavailable", message: `exivo is unreachable (${reason})` });
}

export function malformedAnswer(what: string, detail: string): LockError {
  return new LockError({ code: "vendor", message: `exivo sent a malformed answer to ${what}: ${truncate(detail)}` });
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

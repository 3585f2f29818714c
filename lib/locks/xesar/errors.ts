import { LockError } from "../types";

// Xesar answers failures on `xs3/1/<userId>/err` with an HTTP-like integer. Only 401/403/404 are documented;
// the rest follows HTTP meaning so a real installation's other codes still land on a sensible LockError.

export function lockErrorFromVendor(status: number, reason: string | null | undefined, context: string): LockError {
  const message = `Xesar ${context} failed with ${status}${reason ? `: ${reason}` : ""}`;
  if (status === 401 || status === 403) return new LockError({ code: "auth", message, vendorStatus: status });
  if (status === 404) return new LockError({ code: "not_found", message, vendorStatus: status });
  if (status === 409) return new LockError({ code: "conflict", message, vendorStatus: status });
  if (status === 429) return new LockError({ code: "rate_limited", message, vendorStatus: status });
  if (status === 408 || status === 504) return new LockError({ code: "timeout", message, vendorStatus: status });
  if (status >= 500) return new LockError({ code: "vendor", message, vendorStatus: status });
  if (status >= 400) return new LockError({ code: "validation", message, vendorStatus: status });
  return new LockError({ code: "vendor", message, vendorStatus: status });
}

/** No answer in time. Callers that can say "unknown" instead (grant) do so; the rest throw this. */
export function lockErrorForSilence(context: string, cause: "timeout" | "connection_lost"): LockError {
  const why = cause === "timeout" ? "no answer in time" : "the connection dropped before the answer";
  return new LockError({ code: "timeout", message: `Xesar ${context}: ${why}; the outcome is unknown, read back before retrying` });
}

/**
 * Transport failures before anything was sent. A certificate the broker or the driver refuses is an operator
 * problem that retrying does not fix, so it is "auth"; everything else (refused, reset, unreachable) may pass.
 * Over TLS 1.3 a client certificate the broker rejects often surfaces only as a closed connection: unavailable.
 */
export function lockErrorFromTransport(error: unknown, brokerUrl: string): LockError {
  if (error instanceof LockError) return error;
  const message = `Cannot reach the Xesar broker at ${brokerUrl}: ${describeError(error)}`;
  return new LockError({ code: isAuthFailure(error) ? "auth" : "unavailable", message });
}

const TLS_AUTH_CODES = /^(ERR_SSL_|ERR_TLS_CERT|ERR_OSSL_|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|HOSTNAME_MISMATCH)/;
/** CONNACK return codes 4 (bad user name or password) and 5 (not authorized). */
const MQTT_AUTH_RETURN_CODES = new Set([4, 5]);

function isAuthFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return TLS_AUTH_CODES.test(code) || code === "XESAR_SUBSCRIBE_REFUSED";
  return typeof code === "number" && MQTT_AUTH_RETURN_CODES.has(code);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(String(code)) ? `${error.message.trim()} (${code})` : error.message.trim();
  }
  return String(error);
}

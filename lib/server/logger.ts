import { getEnv } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// Keys that must never reach a log line, whatever a caller passes.
const SECRET_KEYS = /pin|password|secret|token|key|authorization|credential/i;

// A failed statement's error (drizzle: "Failed query: <sql>\nparams: <values>") names every value it was
// given: holder names, phone numbers, sealed PINs. The statement stays (it says what failed), the values go.
const QUERY_PARAMS = /\nparams: [\s\S]*$/;

function redact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[redacted]" : typeof v === "string" ? v.replace(QUERY_PARAMS, "\nparams: [redacted]") : v]),
  );
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[getEnv().LOG_LEVEL]) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...redact(fields) });
  (level === "error" ? console.error : level === "warn" ? console.warn : console.log)(line);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};

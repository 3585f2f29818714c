import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "./logger";

afterEach(() => {
  vi.restoreAllMocks();
});

function loggedLine(log: () => void): Record<string, unknown> {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  log();
  return JSON.parse(String(warn.mock.calls[0]![0])) as Record<string, unknown>;
}

describe("logger", () => {
  it("never writes a field whose name is about a secret", () => {
    const line = loggedLine(() => logger.warn("probe", { pin: "4711", apiKey: "k", bookingId: "b-1" }));
    expect(line).toMatchObject({ msg: "probe", pin: "[redacted]", apiKey: "[redacted]", bookingId: "b-1" });
  });

  it("keeps a failed statement but not the values it was given", () => {
    const error = 'Error: Failed query: insert into "bookings" ("holder_name", "holder_phone") values ($1, $2)\nparams: Anna Muster,+41790001122';
    const line = loggedLine(() => logger.warn("access: left to the booking event job", { error }));
    expect(line.error).toBe('Error: Failed query: insert into "bookings" ("holder_name", "holder_phone") values ($1, $2)\nparams: [redacted]');
    expect(JSON.stringify(line)).not.toMatch(/Anna|\+41790001122/);
  });
});

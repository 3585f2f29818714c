import { DateTime } from "luxon";

// Xesar keeps every date as a local date-time WITHOUT offset in the installation's time zone
// ("2026-03-29T01:30", seconds left out when zero, as Java's LocalDateTime prints it). Keyslot keeps UTC.
// All conversion goes through here so daylight-saving handling lives in one place.

/** Throws when luxon does not know the zone: a wrong zone would shift every window silently. */
export function assertTimeZone(timeZone: string): void {
  if (!DateTime.now().setZone(timeZone).isValid) throw new RangeError(`Unknown time zone "${timeZone}"`);
}

/** UTC instant -> offset-less local date-time in the installation's zone. */
export function toInstallationLocal(instant: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`Cannot convert ${String(instant)} to ${timeZone}`);
  return formatLocalDateTime(local);
}

/**
 * Offset-less local date-time -> UTC instant. Two edge cases that no offset-less format can avoid:
 * a local time inside the spring-forward gap does not exist and moves forward by the gap (02:30 -> 03:30),
 * a local time inside the fall-back hour exists twice and resolves to the later, standard-time instant.
 */
export function fromInstallationLocal(local: string, timeZone: string): Date {
  const parsed = DateTime.fromISO(local, { zone: timeZone });
  if (!parsed.isValid) throw new RangeError(`"${local}" is not a local date-time (${parsed.invalidExplanation ?? "invalid"})`);
  return parsed.toJSDate();
}

/** A sortable form (always with seconds and milliseconds) for comparing local date-times as strings. */
export function normalizeLocal(local: string, timeZone: string): string {
  const parsed = DateTime.fromISO(local, { zone: timeZone });
  if (!parsed.isValid) throw new RangeError(`"${local}" is not a local date-time`);
  return parsed.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
}

function formatLocalDateTime(local: DateTime): string {
  if (local.millisecond !== 0) return local.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  if (local.second !== 0) return local.toFormat("yyyy-MM-dd'T'HH:mm:ss");
  return local.toFormat("yyyy-MM-dd'T'HH:mm");
}

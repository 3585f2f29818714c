// IANA time zones: the list offered in the cockpit and the check both the form and the server use.

const IANA_NAME = /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/;

/** True for names like "Europe/Zurich" or "UTC" that this runtime's ICU knows; offsets and abbreviations are refused. */
export function isIanaTimeZone(value: string): boolean {
  if (!IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zones to choose from, computed on the server so the browser's own ICU cannot disagree with the check. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((zone) => zone !== "UTC" && isIanaTimeZone(zone))];
}

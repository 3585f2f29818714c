import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { parseAccessIdentifier } from "@/lib/locks/identifiers";
import type { LockVendor } from "@/lib/locks/types";

// What a booking of a resource will give at the door, known before any credential exists: the confirmation
// page and e-mails promise it, the access engine later delivers it.

/** Xesar's registration code must be activated in the app within this time, or it lapses. */
export const XESAR_ACTIVATION_HOURS = 48;

export type PlannedAccess =
  | { kind: "none"; reason: "no_doors" | "no_lock_system" }
  /** EVVA Xesar mobile key: the registration code goes by SMS to the holder's phone (null: none stored). */
  | { kind: "mobile_key"; vendor: "xesar"; maskedPhone: string | null; activationHours: number }
  /** dormakaba exivo: a digital-key link plus a PIN. */
  | { kind: "pin_link"; vendor: "exivo" };

export type PlannedAccessInput = {
  vendor: LockVendor | null;
  accessIdentifier: string | null;
  holderPhone: string | null;
};

export function describePlannedAccess({ vendor, accessIdentifier, holderPhone }: PlannedAccessInput): PlannedAccess {
  if (!vendor) return { kind: "none", reason: "no_lock_system" };
  // An identifier the access engine cannot parse opens no door either, so it must not promise one.
  const parsed = accessIdentifier?.trim() ? parseAccessIdentifier(accessIdentifier) : null;
  if (!parsed?.ok || parsed.targets.length === 0) return { kind: "none", reason: "no_doors" };
  if (vendor === "xesar") {
    return {
      kind: "mobile_key",
      vendor,
      maskedPhone: holderPhone?.trim() ? maskPhone(holderPhone) : null,
      activationHours: XESAR_ACTIVATION_HOURS,
    };
  }
  return { kind: "pin_link", vendor };
}

/**
 * "+41791234512" -> "+41 79 *** ** 12": the country code, the first two and the last two digits stay, so the
 * holder recognises the number while a forwarded e-mail or a screenshot does not give it away.
 */
export function maskPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return maskDigits(e164);
  const prefix = `+${phone.countryCallingCode}`;
  const rest = phone.formatInternational().slice(prefix.length);
  const total = (rest.match(/\d/g) ?? []).length;
  const keepStart = total > 4 ? 2 : 0;
  let seen = 0;
  return prefix + rest.replace(/\d/g, (digit) => (++seen <= keepStart || seen > total - 2 ? digit : "*"));
}

// Not a phone number libphonenumber knows: show only the last two digits rather than risk showing all.
function maskDigits(value: string): string {
  const digits = value.replace(/\D/g, "");
  const masked = "*".repeat(Math.max(0, digits.length - 2)) + digits.slice(-2);
  return value.trim().startsWith("+") ? `+${masked}` : masked;
}

import type { CredentialRequest, GrantRequest } from "@/lib/locks/types";
import { openPin } from "./access-pin";
import type { Grant } from "./grant-store";
import type { BookingAccess } from "./load-plan";

/**
 * What the lock system is asked for on behalf of a grant: its own key, window and credential, the booking's
 * holder, and the doors as the booking's plan names them now. Null when the booking no longer names any.
 */
export function buildGrantRequest(grant: Grant, access: BookingAccess): GrantRequest | null {
  const { booking, plan } = access;
  if (!plan || plan.integrationId !== grant.integrationId) return null;
  return {
    idempotencyKey: grant.idempotencyKey,
    holder: {
      name: booking.holderName,
      phone: booking.holderPhone,
      email: booking.holderEmail,
      language: access.locale,
      // One person per booking at the lock system: the holder may be someone the booker booked for.
      externalId: `keyslot-booking:${booking.id}`,
    },
    targets: plan.targets,
    window: grant.window,
    credential: credentialOf(grant),
  };
}

export function credentialOf(grant: Grant): CredentialRequest {
  if (grant.credentialType === "mobile_key") return { type: "mobile_key" };
  const pin = openPin(grant.pinEncrypted);
  return { type: grant.credentialType, ...(pin ? { pin } : {}) };
}

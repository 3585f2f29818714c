import { randomInt } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/crypto/key-ring";
import type { CredentialType } from "@/lib/locks/types";

// Keyslot chooses the PIN itself, before the first vendor call, and keeps it sealed in the grant: a retry
// then asks for the same PIN (never a second one), and the confirmation can show it without asking the
// lock system. Six digits is the most exivo's keypads accept.

export function needsPin(type: CredentialType): boolean {
  return type === "pin_link" || type === "pin";
}

export function generateAccessPin(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

export function sealPin(pin: string): string {
  return sealSecret(pin);
}

export function openPin(envelope: string | null): string | undefined {
  return envelope ? openSecret(envelope) : undefined;
}

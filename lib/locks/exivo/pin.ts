import { randomInt } from "node:crypto";
import { LockError } from "../types";

// exivo's `code` pattern is ^[0-9]{4,6}$; we generate the strongest it allows.
const PIN_PATTERN = /^[0-9]{4,6}$/;

export function generatePin(avoid?: string): string {
  for (;;) {
    const pin = randomInt(0, 1_000_000).toString().padStart(6, "0");
    if (pin !== avoid) return pin;
  }
}

export function checkPin(pin: string): string {
  if (!PIN_PATTERN.test(pin)) {
    throw new LockError({ code: "validation", message: `The PIN must be 4 to 6 digits for exivo (got ${pin.length} characters).` });
  }
  return pin;
}

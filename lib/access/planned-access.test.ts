import { describe, expect, it } from "vitest";
import { describePlannedAccess, maskPhone } from "./planned-access";

describe("maskPhone", () => {
  it.each([
    ["+41791234512", "+41 79 *** ** 12"],
    ["+436641234567", "+43 66* *****67"],
    ["+4915123456789", "+49 15** *****89"],
    ["+12133734253", "+1 21* *** **53"],
    ["+447911123456", "+44 79** ****56"],
  ])("keeps country code, the first two and the last two digits of %s", (e164, masked) => {
    expect(maskPhone(e164)).toBe(masked);
  });

  it("never shows more than four digits of the national number", () => {
    for (const e164 of ["+41791234512", "+436641234567", "+4915123456789", "+12133734253"]) {
      const national = maskPhone(e164).replace(/^\+\d+/, "");
      expect(national.replace(/\D/g, "")).toHaveLength(4);
    }
  });

  it("shows only the last two digits of something that is not a phone number", () => {
    expect(maskPhone("+999123456")).toBe("+*******56");
    expect(maskPhone("12345")).toBe("***45");
  });
});

describe("describePlannedAccess", () => {
  const phone = "+41791234512";

  it("promises nothing without a lock system", () => {
    expect(describePlannedAccess({ vendor: null, accessIdentifier: "accessPoint:1", holderPhone: phone })).toEqual({
      kind: "none",
      reason: "no_lock_system",
    });
  });

  it.each([null, "", "   ", "door-1", "accessPoint:"])("promises nothing when the resource is not linked to doors (%j)", (accessIdentifier) => {
    expect(describePlannedAccess({ vendor: "xesar", accessIdentifier, holderPhone: phone })).toEqual({ kind: "none", reason: "no_doors" });
  });

  it("plans a Xesar mobile key sent by SMS to the masked phone, to activate within 48 hours", () => {
    expect(describePlannedAccess({ vendor: "xesar", accessIdentifier: "accessPoint:12, zone:3", holderPhone: phone })).toEqual({
      kind: "mobile_key",
      vendor: "xesar",
      maskedPhone: "+41 79 *** ** 12",
      activationHours: 48,
    });
  });

  it("says so when a Xesar booking has no phone to send the code to", () => {
    const planned = describePlannedAccess({ vendor: "xesar", accessIdentifier: "zone:3", holderPhone: null });
    expect(planned).toMatchObject({ kind: "mobile_key", maskedPhone: null });
  });

  it("plans an exivo digital-key link and PIN, with or without a phone", () => {
    for (const holderPhone of [phone, null]) {
      expect(describePlannedAccess({ vendor: "exivo", accessIdentifier: "accessPoint:abc", holderPhone })).toEqual({
        kind: "pin_link",
        vendor: "exivo",
      });
    }
  });
});

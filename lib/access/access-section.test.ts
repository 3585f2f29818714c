import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { describeAccessSection } from "./access-section";
import type { PlannedAccess } from "./planned-access";

const xesar: PlannedAccess = { kind: "mobile_key", vendor: "xesar", maskedPhone: "+41 79 *** ** 12", activationHours: 48 };
const exivo: PlannedAccess = { kind: "pin_link", vendor: "exivo" };
const none: PlannedAccess = { kind: "none", reason: "no_doors" };
const site = { name: "Oerlikon", accessInfo: { de: "Eingang über den Hof.", en: "Enter through the courtyard." } };

describe("describeAccessSection", () => {
  it("states the SMS, the masked number and the 48-hour activation for Xesar, plus the site's text", () => {
    const section = describeAccessSection({ planned: xesar, status: "confirmed", site, locale: "en" }, createTranslator("en"));
    expect(section?.heading).toBe("Access control");
    expect(section?.lines[0]).toBe(
      "Your access code will be sent by SMS to +41 79 *** ** 12; activate it in the EVVA Xesar app within 48 hours.",
    );
    expect(section?.siteInfo).toEqual({ heading: "About door access at Oerlikon", text: "Enter through the courtyard." });
  });

  it("promises a link and a PIN for exivo, in German", () => {
    const section = describeAccessSection({ planned: exivo, status: "confirmed", site, locale: "de" }, createTranslator("de"));
    expect(section?.heading).toBe("Zutrittskontrolle");
    expect(section?.lines.join(" ")).toMatch(/Link und einen PIN/);
    expect(section?.siteInfo?.text).toBe("Eingang über den Hof.");
  });

  it("puts the approval first for a pending booking", () => {
    const section = describeAccessSection({ planned: exivo, status: "pending", site, locale: "en" }, createTranslator("en"));
    expect(section?.lines[0]).toBe("Once your booking is approved:");
  });

  it("falls back to the other language's site text and leaves out an empty one", () => {
    const onlyGerman = { name: "X", accessInfo: { de: "Nur Deutsch", en: "  " } };
    const t = createTranslator("en");
    expect(describeAccessSection({ planned: none, status: "confirmed", site: onlyGerman, locale: "en" }, t)?.siteInfo?.text).toBe("Nur Deutsch");
    const empty = { name: "X", accessInfo: { de: "", en: "" } };
    expect(describeAccessSection({ planned: none, status: "confirmed", site: empty, locale: "en" }, t)?.siteInfo).toBeNull();
  });

  it("withdraws access on cancel, issues none on decline, and says nothing when there never was any", () => {
    const t = createTranslator("en");
    expect(describeAccessSection({ planned: xesar, status: "cancelled", site, locale: "en" }, t)).toMatchObject({
      lines: ["The door access for this booking is withdrawn."],
      siteInfo: null,
    });
    expect(describeAccessSection({ planned: exivo, status: "declined", site, locale: "en" }, t)?.lines).toEqual([
      "No door access will be issued for this booking.",
    ]);
    expect(describeAccessSection({ planned: none, status: "cancelled", site, locale: "en" }, t)).toBeNull();
  });
});

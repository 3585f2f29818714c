import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { buildKeyEmail, buildKeySms, keyLinkUrl, type KeyMessageInput } from "./key-message";

const zurich = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Zurich" }).toJSDate();

const input: KeyMessageInput = {
  locale: "de",
  appUrl: "https://keyslot.example/",
  keyToken: "tok_en-123",
  pin: "042917",
  window: { start: zurich("2027-03-28T01:45"), end: zurich("2027-03-28T04:15") },
  timeZone: "Europe/Zurich",
  resourceName: "Meeting room 1",
  siteName: "Campus Zürich",
  doorNames: ["Main entrance", "Meeting room 1"],
};

describe("digital-key messages", () => {
  it("builds the link from APP_URL", () => {
    expect(keyLinkUrl("https://keyslot.example/", "abc")).toBe("https://keyslot.example/key/abc");
  });

  it("e-mail in German with PIN, link, doors and the window in the site's zone across the DST change", () => {
    const mail = buildKeyEmail({ ...input, recipient: "anna@example.org" });
    expect(mail).toMatchObject({ channel: "email", kind: "access.key", recipient: "anna@example.org", subject: "Ihr digitaler Schlüssel für Meeting room 1" });
    expect(mail.text).toContain("PIN: 042917");
    expect(mail.text).toContain("https://keyslot.example/key/tok_en-123");
    expect(mail.text).toContain("Türen: Main entrance, Meeting room 1");
    expect(mail.text).toMatch(/01:45.*04:15/s);
    expect(mail.html).toContain('<a href="https://keyslot.example/key/tok_en-123">');
  });

  it("SMS in English, short, with PIN and link", () => {
    const sms = buildKeySms({ ...input, locale: "en", recipient: "+41791234567" });
    expect(sms).toMatchObject({ channel: "sms", recipient: "+41791234567" });
    expect(sms.text).toMatch(/^Keyslot: PIN 042917 for Meeting room 1, .*Digital key: https:\/\/keyslot\.example\/key\/tok_en-123$/);
  });
});

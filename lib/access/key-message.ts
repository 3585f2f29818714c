import type { TimeRange } from "@/db/schema/columns";
import { formatPeriod } from "@/lib/i18n/format";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { escapeHtml } from "@/lib/notifications/escape-html";
import type { OutgoingMessage } from "@/lib/notifications/outbox";

// The digital-key notification: the PIN, the /key/<token> link, the doors and the access window in the
// site's time zone. Pure, so the wording is testable without a database; the caller puts it in the outbox.

export type KeyMessageInput = {
  locale: Locale;
  appUrl: string;
  keyToken: string;
  pin: string;
  window: TimeRange;
  timeZone: string;
  resourceName: string;
  siteName: string;
  doorNames: string[];
};

export function keyLinkUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/key/${encodeURIComponent(token)}`;
}

export function buildKeyEmail(input: KeyMessageInput & { recipient: string }): Omit<OutgoingMessage, "orgId" | "dedupeKey" | "expiresAt"> {
  const t = createTranslator(input.locale);
  const url = keyLinkUrl(input.appUrl, input.keyToken);
  const period = formatPeriod(input.window, input.timeZone, input.locale);
  const lines = [
    t("key.email.intro", { resource: input.resourceName, site: input.siteName }),
    t("key.email.pin", { pin: input.pin }),
    t("key.email.link", { url }),
    t("key.email.period", { period }),
    t("key.email.doors", { doors: input.doorNames.join(", ") }),
    t("key.email.keypad"),
    t("key.email.footer"),
  ];
  const html = `<div style="font-family:sans-serif">${lines
    .map((line, index) => (index === 2 ? `<p>${escapeHtml(line.slice(0, line.indexOf(url)))}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : `<p>${escapeHtml(line)}</p>`))
    .join("")}</div>`;
  return {
    channel: "email",
    kind: "access.key",
    recipient: input.recipient,
    subject: t("key.email.subject", { resource: input.resourceName }),
    text: lines.join("\n\n"),
    html,
  };
}

export function buildKeySms(input: KeyMessageInput & { recipient: string }): Omit<OutgoingMessage, "orgId" | "dedupeKey" | "expiresAt"> {
  const t = createTranslator(input.locale);
  return {
    channel: "sms",
    kind: "access.key",
    recipient: input.recipient,
    text: t("key.sms.text", {
      pin: input.pin,
      resource: input.resourceName,
      period: formatPeriod(input.window, input.timeZone, input.locale),
      url: keyLinkUrl(input.appUrl, input.keyToken),
    }),
  };
}

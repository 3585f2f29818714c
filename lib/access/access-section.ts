import type { Locale, Translate } from "@/lib/i18n/translate";
import type { LocalizedText } from "@/db/schema/sites";
import { pickAccessInfo } from "@/lib/sites/access-info";
import type { PlannedAccess } from "./planned-access";

// The "Access control" section as text, shared by the booking page and the booking e-mails so that both
// always promise the same thing.

export type AccessSectionStatus = "pending" | "confirmed" | "declined" | "cancelled";

export type AccessSection = {
  heading: string;
  lines: string[];
  /** The site's own text about door access, for bookings that will still give access. */
  siteInfo: { heading: string; text: string } | null;
};

type AccessSectionInput = {
  planned: PlannedAccess;
  status: AccessSectionStatus;
  site: { name: string; accessInfo: LocalizedText | null };
  locale: Locale;
};

/** Null when there is nothing to say: a cancelled or declined booking that never had door access. */
export function describeAccessSection({ planned, status, site, locale }: AccessSectionInput, t: Translate): AccessSection | null {
  const heading = t("bookingEmail.access.heading");
  if (status === "cancelled" || status === "declined") {
    if (planned.kind === "none") return null;
    const line = status === "cancelled" ? t("bookingEmail.access.withdrawn") : t("bookingEmail.access.notIssued");
    return { heading, lines: [line], siteInfo: null };
  }
  const lines = listPlannedAccessLines(planned, t);
  if (status === "pending") lines.unshift(t("bookingEmail.access.afterApproval"));
  const text = pickAccessInfo(site.accessInfo, locale);
  const siteInfo = text ? { heading: t("bookingEmail.access.siteInfo", { site: site.name }), text } : null;
  return { heading, lines, siteInfo };
}

function listPlannedAccessLines(planned: PlannedAccess, t: Translate): string[] {
  switch (planned.kind) {
    case "none":
      return [t("bookingEmail.access.none")];
    case "mobile_key":
      return [
        planned.maskedPhone
          ? t("bookingEmail.access.xesar", { phone: planned.maskedPhone, hours: planned.activationHours })
          : t("bookingEmail.access.xesarNoPhone"),
        t("bookingEmail.access.xesarUse"),
        t("bookingEmail.access.period"),
      ];
    case "pin_link":
      return [t("bookingEmail.access.exivo"), t("bookingEmail.access.period")];
  }
}

import type { BookingDetail } from "@/lib/bookings/detail";
import { describeAccessSection } from "@/lib/access/access-section";
import { isSettled, type BookingCredential } from "@/lib/access/booking-credentials";
import { describePlannedAccess } from "@/lib/access/planned-access";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { AccessCredentialItem } from "./access-credential-item";
import { AccessStatusRefresher } from "./access-status-refresher";

type AccessControlSectionProps = {
  detail: Pick<BookingDetail, "booking" | "resource" | "site" | "vendor">;
  /** The booking's grants (listBookingCredentials), newest first; empty until the access engine made one. */
  credentials: BookingCredential[];
  locale: Locale;
};

/**
 * "Access control" on the booking page: the booking's real credentials once the access engine has made them
 * (status, PIN and digital-key link, where a Xesar code went, message delivery), before that what the
 * resource's doors will give (the same text as in the e-mails), and the site's own door-access info. While
 * access is still being set up or removed, the page refreshes itself.
 */
export function AccessControlSection({ detail, credentials, locale }: AccessControlSectionProps) {
  const t = createTranslator(locale);
  const planned = describePlannedAccess({
    vendor: detail.vendor,
    accessIdentifier: detail.resource.accessIdentifier,
    holderPhone: detail.booking.holderPhone,
  });
  const section = describeAccessSection({ planned, status: detail.booking.status, site: detail.site, locale }, t);
  if (!section && credentials.length === 0) return null;
  // A confirmed booking with doors gets its grant from a job right after the commit: wait for it as well
  // (not for bookings that are over: those made before the access engine never get one).
  const awaitingGrant =
    detail.booking.status === "confirmed" && planned.kind !== "none" && credentials.length === 0 && detail.booking.period.end.getTime() > Date.now();
  const refreshing = awaitingGrant || !isSettled(credentials);

  return (
    <section
      aria-labelledby="access-control-heading"
      data-testid="access-control"
      data-access-kind={planned.kind}
      className="rounded-lg border border-sky-200 bg-sky-50 p-4 shadow-sm sm:p-5"
    >
      <h2 id="access-control-heading" className="text-base font-semibold text-sky-950">
        {section?.heading ?? t("bookingEmail.access.heading")}
      </h2>
      {credentials.length > 0 ? (
        <>
          {section && detail.booking.status !== "confirmed" ? <p className="mt-2 text-sm text-sky-950">{section.lines[0]}</p> : null}
          <h3 className="sr-only">{t("bookingAccess.credentials.heading")}</h3>
          <ul className="mt-3 flex flex-col gap-3">
            {credentials.map((credential) => (
              <AccessCredentialItem key={credential.grantId} credential={credential} timeZone={detail.site.timeZone} locale={locale} t={t} />
            ))}
          </ul>
        </>
      ) : section ? (
        <ul className="mt-2 flex flex-col gap-1 text-sm text-sky-950">
          {section.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <AccessStatusRefresher active={refreshing} label={t("bookingAccess.credentials.updating")} />
      {section?.siteInfo ? (
        <div className="mt-4 border-t border-sky-200 pt-3">
          <h3 className="text-sm font-semibold text-sky-900">{section.siteInfo.heading}</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-sky-900">{section.siteInfo.text}</p>
        </div>
      ) : null}
    </section>
  );
}

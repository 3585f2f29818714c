import type { BookingDetail } from "@/lib/bookings/detail";
import { describeAccessSection } from "@/lib/access/access-section";
import { describePlannedAccess } from "@/lib/access/planned-access";
import { createTranslator, type Locale } from "@/lib/i18n/translate";

type AccessControlSectionProps = {
  detail: Pick<BookingDetail, "booking" | "resource" | "site" | "vendor">;
  locale: Locale;
};

/**
 * "Access control" on the booking page: what the resource's doors will give (the same text as in the
 * e-mails) and the site's own door-access info. Until the access engine issues credentials it describes the
 * plan; the credential's status comes here later.
 */
export function AccessControlSection({ detail, locale }: AccessControlSectionProps) {
  const t = createTranslator(locale);
  const planned = describePlannedAccess({
    vendor: detail.vendor,
    accessIdentifier: detail.resource.accessIdentifier,
    holderPhone: detail.booking.holderPhone,
  });
  const section = describeAccessSection({ planned, status: detail.booking.status, site: detail.site, locale }, t);
  if (!section) return null;

  return (
    <section
      aria-labelledby="access-control-heading"
      data-testid="access-control"
      data-access-kind={planned.kind}
      className="rounded-lg border border-sky-200 bg-sky-50 p-5 shadow-sm"
    >
      <h2 id="access-control-heading" className="text-base font-semibold text-sky-950">
        {section.heading}
      </h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm text-sky-950">
        {section.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {section.siteInfo ? (
        <div className="mt-4 border-t border-sky-200 pt-3">
          <h3 className="text-sm font-semibold text-sky-900">{section.siteInfo.heading}</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-sky-900">{section.siteInfo.text}</p>
        </div>
      ) : null}
    </section>
  );
}

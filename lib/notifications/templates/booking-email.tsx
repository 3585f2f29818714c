import { Fragment } from "react";
import { Button, Heading, Section, Text } from "@react-email/components";
import type { AccessSection } from "@/lib/access/access-section";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { EmailLayout, emailStyles } from "./email-layout";

export const BOOKING_EMAIL_KINDS = ["confirmed", "pending", "declined", "cancelled", "rescheduled"] as const;
export type BookingEmailKind = (typeof BOOKING_EMAIL_KINDS)[number];

export type BookingEmailProps = {
  kind: BookingEmailKind;
  locale: Locale;
  resourceName: string;
  siteName: string;
  /** The period already formatted in the site's time zone. */
  period: string;
  timeZone: string;
  /** Only when the booking is for someone else than the recipient. */
  holderName: string | null;
  bookingUrl: string;
  access: AccessSection | null;
  /** Whether the attached .ics adds/updates the entry or removes it. */
  calendar: "request" | "cancel";
};

const styles = {
  label: { ...emailStyles.text, margin: "0 0 4px" },
  details: { backgroundColor: "#fafaf9", border: "1px solid #e7e5e4", borderRadius: "6px", padding: "12px 16px", margin: "16px 0" },
  button: { backgroundColor: "#0f766e", borderRadius: "6px", color: "#ffffff", fontSize: "15px", fontWeight: 600, padding: "10px 18px" },
  access: { backgroundColor: "#f0f9ff", border: "1px solid #bae6fd", borderRadius: "6px", padding: "12px 16px", margin: "16px 0" },
  accessHeading: { color: "#0c4a6e", fontSize: "16px", margin: "0 0 8px" },
  accessText: { color: "#0c4a6e", fontSize: "14px", lineHeight: "21px", margin: "0 0 6px" },
} as const;

/** One e-mail for the five things that happen to a booking; the kind picks the wording, the layout is shared. */
export function BookingEmail(props: BookingEmailProps) {
  const t = createTranslator(props.locale);
  const names = { resource: props.resourceName, site: props.siteName };
  const heading = t(`bookingEmail.heading.${props.kind}`);
  return (
    <EmailLayout locale={props.locale} preview={`${heading}: ${props.period}`} heading={heading} footer={t("bookingEmail.footer")}>
      <Text style={emailStyles.text}>{t(`bookingEmail.intro.${props.kind}`, names)}</Text>
      <Section style={styles.details}>
        <DetailRow label={t("bookingEmail.labels.resource")} value={props.resourceName} />
        <DetailRow label={t("bookingEmail.labels.site")} value={props.siteName} />
        <DetailRow label={t("bookingEmail.labels.period")} value={props.period} testId="booking-period" />
        {props.holderName ? <DetailRow label={t("bookingEmail.labels.holder")} value={props.holderName} /> : null}
        <Text style={emailStyles.muted}>{t("bookingEmail.timeZoneNote", { zone: props.timeZone })}</Text>
      </Section>
      <Button href={props.bookingUrl} style={styles.button}>
        {t("bookingEmail.viewBooking")}
      </Button>
      {props.access ? <AccessBlock access={props.access} /> : null}
      <Text style={emailStyles.muted}>{t(`bookingEmail.calendar.${props.calendar}`)}</Text>
    </EmailLayout>
  );
}

function DetailRow({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Text style={styles.label} data-testid={testId}>
      <strong>{label}:</strong> {value}
    </Text>
  );
}

function AccessBlock({ access }: { access: AccessSection }) {
  return (
    <Section style={styles.access}>
      <Heading as="h2" style={styles.accessHeading}>
        {access.heading}
      </Heading>
      {access.lines.map((line) => (
        <Text key={line} style={styles.accessText}>
          {line}
        </Text>
      ))}
      {access.siteInfo ? (
        <Fragment>
          <Text style={{ ...styles.accessText, fontWeight: 600, marginTop: "12px" }}>{access.siteInfo.heading}</Text>
          <Text style={styles.accessText}>
            {/* <br> rather than CSS: the plain-text version keeps the template's line breaks too. */}
            {access.siteInfo.text.split("\n").map((line, index) => (
              <Fragment key={index}>
                {index > 0 ? <br /> : null}
                {line}
              </Fragment>
            ))}
          </Text>
        </Fragment>
      ) : null}
    </Section>
  );
}

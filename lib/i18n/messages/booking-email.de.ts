import type { bookingEmailEn } from "./booking-email.en";
import type { Shape } from "./shape";

export const bookingEmailDe: Shape<typeof bookingEmailEn> = {
  subject: {
    confirmed: "Buchung bestätigt: {resource} am {date}",
    pending: "Buchung wartet auf Freigabe: {resource} am {date}",
    declined: "Buchung abgelehnt: {resource} am {date}",
    cancelled: "Buchung storniert: {resource} am {date}",
    rescheduled: "Buchung verschoben: {resource}, jetzt am {date}",
  },
  heading: {
    confirmed: "Ihre Buchung ist bestätigt",
    pending: "Ihre Buchung wartet auf Freigabe",
    declined: "Ihre Buchungsanfrage wurde abgelehnt",
    cancelled: "Ihre Buchung ist storniert",
    rescheduled: "Ihre Buchung hat eine neue Zeit",
  },
  intro: {
    confirmed: "{resource} am Standort {site} ist gebucht.",
    pending:
      "Ihre Anfrage für {resource} am Standort {site} muss von Ihrer Hausverwaltung freigegeben werden. Sie erhalten eine E-Mail, sobald entschieden ist.",
    declined: "Ihre Hausverwaltung hat die Anfrage für {resource} am Standort {site} abgelehnt. Die Zeit ist wieder frei.",
    cancelled: "Die Buchung von {resource} am Standort {site} ist storniert. Die Zeit ist wieder frei.",
    rescheduled: "Die Buchung von {resource} am Standort {site} wurde auf die unten genannte Zeit verschoben.",
  },
  labels: {
    resource: "Ressource",
    site: "Standort",
    period: "Zeit",
    holder: "Gebucht für",
  },
  timeZoneNote: "Zeiten in der Zeitzone des Standorts ({zone}).",
  viewBooking: "Buchung ansehen",
  calendar: {
    request: "Mit der angehängten Kalenderdatei (booking.ics) tragen Sie die Buchung in Ihren Kalender ein.",
    cancel: "Die angehängte Kalenderdatei (booking.ics) entfernt die Buchung aus Ihrem Kalender.",
  },
  footer: "Von Keyslot gesendet, weil eine Buchung auf Ihren Namen besteht. Bitte antworten Sie nicht auf diese E-Mail.",
  ics: {
    summary: "{resource}, {site}",
    summaryPending: "{resource}, {site} (wartet auf Freigabe)",
    summaryCancelled: "{resource}, {site} (storniert)",
    localTime: "Ortszeit am Standort {site} ({zone}): {period}",
    link: "Buchung: {url}",
  },
  access: {
    heading: "Zutrittskontrolle",
    none: "Diese Buchung enthält keinen automatischen Türzutritt.",
    xesar:
      "Ihr Zutrittscode wird per SMS an {phone} gesendet; aktivieren Sie ihn innerhalb von {hours} Stunden in der EVVA Xesar App.",
    xesarNoPhone:
      "Der Zutrittscode wird per SMS gesendet, aber für diese Buchung ist keine Mobilnummer hinterlegt. Ergänzen Sie sie in Ihrem Profil oder wenden Sie sich an Ihre Hausverwaltung.",
    xesarUse: "Während Ihrer Buchung öffnen Sie die Tür mit der EVVA Xesar App.",
    exivo:
      "Sie erhalten einen Link und einen PIN: Öffnen Sie den Link, geben Sie den PIN ein und tippen Sie auf LOGIN, um die Türen Ihrer Buchung zu öffnen.",
    period: "Ihr Zutritt gilt für die Zeit Ihrer Buchung.",
    afterApproval: "Sobald Ihre Buchung freigegeben ist:",
    withdrawn: "Der Türzutritt für diese Buchung ist entzogen.",
    notIssued: "Für diese Buchung wird kein Türzutritt ausgestellt.",
    siteInfo: "Zum Türzutritt am Standort {site}",
  },
};

import type { bookingAccessEn } from "./access.en";
import type { Shape } from "./shape";

// Deutsche Texte zum Türzugang einer Buchung (bookingAccess.*); gleiche Form wie access.en.ts.
export const bookingAccessDe: Shape<typeof bookingAccessEn> = {
  credentials: {
    heading: "Ihr Zugang",
    updating: "Status wird aktualisiert…",
    period: "Zugangszeitraum: {period}",
    doors: "Türen: {doors}",
    status: {
      requested: "Ihr Zugang wird im Schließsystem eingerichtet.",
      in_progress: "Ihr Zugang wird im Schließsystem eingerichtet.",
      active: "Zugang erstellt und aktiv.",
      activation_pending: "Zugang erstellt; er wartet auf die Aktivierung in der App.",
      failed: "Der Zugang konnte nicht eingerichtet werden.",
      removal_pending: "Der Zugang wird im Schließsystem entfernt.",
      removed: "Zugang entfernt.",
      expired: "Der Zugangszeitraum ist vorbei.",
    },
    retrying: "{problem} Wir versuchen es automatisch erneut.",
    retryingAt: "{problem} Wir versuchen es automatisch erneut (nächster Versuch um {time}).",
    failedHelp: "{problem} Bitte wenden Sie sich an Ihre Verwaltung; sie kann den Zugang neu ausstellen.",
    problems: {
      unreachable: "Das Schließsystem ist gerade nicht erreichbar.",
      refused: "Das Schließsystem hat die Anfrage abgelehnt (zum Beispiel wegen einer fehlenden oder ungültigen Mobilnummer).",
      credentials: "Das Schließsystem hat die Zugangsdaten von Keyslot nicht akzeptiert.",
      other: "Ein unerwarteter Fehler ist aufgetreten.",
    },
    sms: "Code per SMS an {phone} gesendet am {sent}; innerhalb von {hours} h aktivieren (bis {until}).",
    smsHelp: "Geben Sie den Code in der EVVA-Xesar-App ein.",
    pin: "PIN",
    keyLink: "Digitaler Schlüssel",
    keyLinkHint: "Öffnen Sie den Link und geben Sie die PIN ein, um die Türen zu öffnen; die PIN funktioniert auch an den Tastaturen der Türen.",
    deliveries: "Nachrichten",
    channel: { email: "E-Mail", sms: "SMS" },
    delivery: { queued: "in Warteschlange", sent: "gesendet", failed: "fehlgeschlagen" },
    deliveryLine: "{channel} an {recipient}: {status}, {time}",
  },
  preview: {
    heading: "Diese Buchung öffnet",
    none: "Diese Buchung ist ohne automatischen Türzugang.",
  },
};

import type { engineEn } from "./engine.en";
import type { Shape } from "./shape";

export const engineDe: Shape<typeof engineEn> = {
  errors: {
    slotTaken: "Dieser Zeitraum wurde gerade von jemand anderem gebucht. Bitte wählen Sie eine andere Zeit.",
    inPast: "Diese Zeit liegt in der Vergangenheit.",
    grid: "Buchungen beginnen und enden im {minutes}-Minuten-Raster.",
    tooShort: "Eine Buchung muss mindestens {minutes} Minuten dauern.",
    tooLong: "Eine Buchung darf höchstens {minutes} Minuten dauern.",
    leadTime: "Diese Ressource muss mindestens {minutes} Minuten im Voraus gebucht werden.",
    tooFarAhead: "Diese Ressource kann höchstens {days} Tage im Voraus gebucht werden.",
    closed: "Die Ressource ist in einem Teil dieser Zeit geschlossen. Bitte bleiben Sie innerhalb der Öffnungszeiten.",
    quota: "Sie haben bereits {max} kommende Buchungen dieser Ressource, mehr sind nicht erlaubt. Stornieren Sie eine, um erneut zu buchen.",
    phoneRequired: "Die Türen dieser Ressource brauchen eine Mobilnummer: Bitte geben Sie die Mobilnummer der Person an.",
    profilePhoneRequired: "Die Türen dieser Ressource brauchen eine Mobilnummer: Bitte tragen Sie zuerst Ihre in Ihrem Profil ein.",
    validation: "Bitte korrigieren Sie die markierten Felder.",
    stale: "Diese Buchung wurde inzwischen geändert. Bitte laden Sie neu und versuchen Sie es erneut.",
    notActive: "Nur offene oder bestätigte Buchungen können geändert werden.",
    notPending: "Diese Buchung wartet nicht mehr auf Freigabe.",
    alreadyStarted: "Diese Buchung hat bereits begonnen und kann nicht mehr geändert werden.",
    time: "Bitte wählen Sie eine gültige Zeit.",
    date: "Bitte wählen Sie ein gültiges Datum.",
    endBeforeStart: "Das Ende muss nach dem Beginn liegen.",
    holderNameRequired: "Bitte geben Sie den Namen der Person an, für die Sie buchen.",
    holderNameLong: "Der Name darf höchstens 120 Zeichen haben.",
    holderEmail: "Das ist keine gültige E-Mail-Adresse.",
    noteLong: "Die Notiz darf höchstens 500 Zeichen haben.",
  },
  rules: {
    time: "Format HH:MM verwenden, z. B. 08:30.",
    intervalOrder: "Das Ende muss nach dem Beginn liegen.",
    durationOrder: "Die Höchstdauer darf nicht kürzer als die Mindestdauer sein.",
    durationGrid: "Dauern müssen Vielfache der Slotlänge sein.",
  },
};

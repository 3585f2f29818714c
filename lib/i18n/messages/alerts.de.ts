import type { alertsEn } from "./alerts.en";
import type { Shape } from "./shape";

// German texts of the access alerts to admins (keys: alerts.*); same shape as alerts.en.ts.
export const alertsDe: Shape<typeof alertsEn> = {
  startAlert: {
    subject: "Türzugang nicht bereit: Buchung beginnt {start}",
    body:
      "Der Türzugang einer Buchung ist noch nicht aktiv, und die Buchung beginnt bald.\n\n" +
      "Ressource: {resource}\nInhaber/in: {holder}\nBeginn: {start}\nStatus des Zugangs: {status}\nLetzter Fehler: {error}\n\n" +
      "Keyslot versucht es weiter. Bitte prüfen Sie das Schließsystem oder geben Sie der Person auf anderem Weg Zutritt: {url}",
  },
};

import type { cockpitAuditEn } from "./cockpit-audit.en";
import type { Shape } from "./shape";

// Deutsche Texte des Audit-Logs im Cockpit (Schlüssel: cockpitAudit.*).
export const cockpitAuditDe: Shape<typeof cockpitAuditEn> = {
  intro: "Wer hat was getan, das Neueste zuerst, auch angezeigte PINs und Türöffnungen. Zeiten in {zone}.",
  filters: "Audit-Log filtern",
  action: "Aktion",
  actionHint: "Eine Aktion oder ihr Anfang, z. B. key. oder access.pin_revealed",
  actor: "Von",
  anyActor: "Alle",
  system: "Keyslot (System)",
  entity: "Betrifft",
  anyEntity: "Alles",
  entityId: "Id",
  from: "Von",
  to: "Bis",
  apply: "Filter anwenden",
  reset: "Zurücksetzen",
  quick: { all: "Alle", pinReveals: "Angezeigte PINs", doorOpenings: "Türöffnungen", access: "Zutrittsänderungen", bookings: "Buchungen" },
  entities: { booking: "Buchung", access_grant: "Zutritt", user: "Person", integration: "Schließsystem", resource: "Ressource", site: "Standort" },
  columns: { time: "Zeit", actor: "Von", action: "Aktion", entity: "Betrifft", details: "Details" },
  dataKeys: { door: "Tür", reason: "Grund", from: "Vorher", drift: "Abweichung", error: "Fehler", credentialType: "Zutrittsmittel", observed: "Beobachtet" },
  openBooking: "Buchung öffnen",
  emptyFiltered: "Kein Ereignis passt zu diesen Filtern",
  emptyFilteredText: "Erweitern Sie den Zeitraum oder setzen Sie die Filter zurück.",
  page: "Seite {page} von {pages} ({total} Ereignisse)",
  newer: "Neuere",
  older: "Ältere",
  pagination: "Seiten des Audit-Logs",
};

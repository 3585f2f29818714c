import type { keyEn } from "./key.en";
import type { Shape } from "./shape";

export const keyDe: Shape<typeof keyEn> = {
  email: {
    subject: "Ihr digitaler Schlüssel für {resource}",
    intro: "Ihr Zutritt für {resource} in {site} ist bereit.",
    pin: "PIN: {pin}",
    link: "Digitaler Schlüssel (dort die PIN eingeben, um die Türen zu öffnen): {url}",
    period: "Gültig: {period}",
    doors: "Türen: {doors}",
    keypad: "Sie können die PIN auch am Tastenfeld jeder Tür eingeben.",
    footer: "Behalten Sie diese PIN für sich. Keyslot fragt Sie nie telefonisch danach.",
  },
  sms: {
    text: "Keyslot: PIN {pin} für {resource}, {period}. Digitaler Schlüssel: {url}",
  },
  page: {
    title: "Digitaler Schlüssel",
    invalidTitle: "Dieser Schlüssel ist nicht mehr gültig",
    invalidText: "Der Link ist unbekannt, abgelaufen oder die Buchung wurde storniert. Sehen Sie in Ihrer neuesten Keyslot-E-Mail nach.",
    pinLabel: "PIN",
    pinHint: "Die 6-stellige PIN aus Ihrer Keyslot-E-Mail.",
    login: "LOGIN",
    wrongPin: "Falsche PIN. Noch {left} Versuche.",
    locked: "Zu viele falsche PINs: Dieser Schlüssel ist für 15 Minuten gesperrt. Bitte versuchen Sie es später erneut.",
    period: "Zutrittszeitraum",
    doors: "Türen",
    open: "Öffnen",
    opened: "{door} ist geöffnet.",
    notYet: "Noch nicht: Der Zutritt beginnt {start}.",
    over: "Der Zutritt ist vorbei: Er endete {end}.",
    openFailed: "Die Tür konnte gerade nicht geöffnet werden. Bitte erneut versuchen oder die PIN am Tastenfeld eingeben.",
    sessionExpired: "Bitte geben Sie die PIN erneut ein.",
    logout: "Abmelden",
  },
};

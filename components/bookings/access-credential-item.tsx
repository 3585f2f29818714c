import type { BookingCredential } from "@/lib/access/booking-credentials";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { XESAR_ACTIVATION_HOURS } from "@/lib/access/planned-access";

type AccessCredentialItemProps = { credential: BookingCredential; timeZone: string; locale: Locale; t: Translate };

/** The status dot next to the text (the text carries the meaning; the colour only helps scanning). */
const DOT: Record<BookingCredential["status"], string> = {
  requested: "bg-amber-500",
  in_progress: "bg-amber-500",
  activation_pending: "bg-sky-500",
  active: "bg-emerald-600",
  failed: "bg-red-600",
  removal_pending: "bg-amber-500",
  removed: "bg-stone-400",
  expired: "bg-stone-400",
};

/** One credential of the booking: its status in plain words, then what the holder needs to use it. */
export function AccessCredentialItem({ credential, timeZone, locale, t }: AccessCredentialItemProps) {
  const at = (date: Date) => formatDateTime(date, timeZone, locale);
  const problem = (kind: string) => t(`bookingAccess.credentials.problems.${kind}`);
  const { retrying, failure, key, activation } = credential;

  return (
    <li className="flex flex-col gap-2 rounded-md border border-sky-200 bg-white p-4" data-testid="access-credential" data-status={credential.status}>
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-stone-900">
        <span className={`inline-block size-2.5 shrink-0 rounded-full ${DOT[credential.status]}`} aria-hidden />
        <span data-testid="access-credential-status">{t(`bookingAccess.credentials.status.${credential.status}`)}</span>
      </p>
      {retrying ? (
        <p className="text-sm text-amber-900">
          {retrying.nextAttemptAt
            ? t("bookingAccess.credentials.retryingAt", { problem: problem(retrying.problem), time: at(retrying.nextAttemptAt) })
            : t("bookingAccess.credentials.retrying", { problem: problem(retrying.problem) })}
        </p>
      ) : null}
      {failure ? <p className="text-sm text-red-800">{t("bookingAccess.credentials.failedHelp", { problem: problem(failure.problem) })}</p> : null}
      {activation ? (
        <div className="text-sm text-sky-950" data-testid="access-sms">
          <p>
            {t("bookingAccess.credentials.sms", {
              phone: activation.maskedPhone,
              sent: at(activation.sentAt),
              hours: XESAR_ACTIVATION_HOURS,
              until: at(activation.activateBy),
            })}
          </p>
          <p className="text-xs text-stone-600">{t("bookingAccess.credentials.smsHelp")}</p>
        </div>
      ) : null}
      {key ? (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium text-stone-600">{t("bookingAccess.credentials.pin")}</dt>
          <dd className="font-mono text-lg tracking-widest text-stone-900" data-testid="access-pin">
            {key.pin}
          </dd>
          <dt className="font-medium text-stone-600">{t("bookingAccess.credentials.keyLink")}</dt>
          <dd className="min-w-0">
            <a href={key.url} className="break-all text-brand-700 underline" data-testid="access-key-link">
              {key.url}
            </a>
            <p className="mt-1 text-xs text-stone-600">{t("bookingAccess.credentials.keyLinkHint")}</p>
          </dd>
        </dl>
      ) : null}
      <p className="text-xs text-stone-600">{t("bookingAccess.credentials.period", { period: formatPeriod(credential.window, timeZone, locale) })}</p>
      {credential.doorNames.length > 0 ? (
        <p className="text-xs text-stone-600">{t("bookingAccess.credentials.doors", { doors: credential.doorNames.join(", ") })}</p>
      ) : null}
      {credential.deliveries.length > 0 ? (
        <div>
          <h4 className="text-xs font-semibold text-stone-700">{t("bookingAccess.credentials.deliveries")}</h4>
          <ul className="mt-1 flex flex-col gap-0.5 text-xs text-stone-700" data-testid="access-deliveries">
            {credential.deliveries.map((delivery) => (
              <li key={delivery.channel} data-delivery-status={delivery.status}>
                {t("bookingAccess.credentials.deliveryLine", {
                  channel: t(`bookingAccess.credentials.channel.${delivery.channel}`),
                  recipient: delivery.recipient,
                  status: t(`bookingAccess.credentials.delivery.${delivery.status}`),
                  time: at(delivery.at),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

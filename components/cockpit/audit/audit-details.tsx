import { summarizeAuditData } from "@/lib/audit/filters";
import type { Translate } from "@/lib/i18n/translate";

/** The shown part of an event's data (names and reasons only, see summarizeAuditData). */
export function AuditDetails({ data, t }: { data: Record<string, unknown>; t: Translate }) {
  const shown = summarizeAuditData(data);
  if (shown.length === 0) return null;
  return (
    <dl className="flex flex-col gap-0.5 text-xs text-stone-600">
      {shown.map(({ key, value }) => (
        <div key={key} className="flex gap-1">
          <dt className="font-medium">{t(`cockpitAudit.dataKeys.${key}`)}:</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A person's name, else their e-mail; events no person caused are Keyslot's own. */
export function actorLabel(event: { actorName: string | null; actorEmail: string | null }, systemLabel: string): string {
  return event.actorName ?? event.actorEmail ?? systemLabel;
}

import Link from "next/link";
import { AUDIT_ENTITY_TYPES, auditLogHref, type AuditFilters } from "@/lib/audit/filters";
import { getT } from "@/lib/i18n/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

type Actor = { id: string; name: string | null; email: string };

const QUICK: [string, string | undefined][] = [
  ["all", undefined],
  ["pinReveals", "access.pin_revealed"],
  ["doorOpenings", "key.door_opened"],
  ["access", "access."],
  ["bookings", "booking."],
];

/** A GET form (filters in the URL, shareable) and one-click views of the events admins ask for most. */
export async function AuditFiltersForm({ filters, actors }: { filters: AuditFilters; actors: Actor[] }) {
  const t = await getT();
  return (
    <div className="mb-4 flex flex-col gap-3">
      <nav aria-label={t("cockpitAudit.filters")}>
        <ul className="flex flex-wrap gap-2">
          {QUICK.map(([key, action]) => {
            const current = filters.action === action;
            return (
              <li key={key}>
                <Link
                  href={auditLogHref({ ...filters, action, page: undefined })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm ${current ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
                >
                  {t(`cockpitAudit.quick.${key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action="/cockpit/audit" aria-label={t("cockpitAudit.filters")} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <Field name="action" label={t("cockpitAudit.action")} hint={t("cockpitAudit.actionHint")} defaultValue={filters.action ?? ""} autoComplete="off" />
          <SelectField
            name="actor"
            label={t("cockpitAudit.actor")}
            defaultValue={filters.actor ?? ""}
            options={[
              { value: "", label: t("cockpitAudit.anyActor") },
              { value: "system", label: t("cockpitAudit.system") },
              ...actors.map((actor) => ({ value: actor.id, label: actor.name ? `${actor.name} (${actor.email})` : actor.email })),
            ]}
          />
          <SelectField
            name="entity"
            label={t("cockpitAudit.entity")}
            defaultValue={filters.entity ?? ""}
            options={[{ value: "", label: t("cockpitAudit.anyEntity") }, ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`cockpitAudit.entities.${type}`) }))]}
          />
          <Field type="date" name="from" label={t("cockpitAudit.from")} defaultValue={filters.from ?? ""} />
          <Field type="date" name="to" label={t("cockpitAudit.to")} defaultValue={filters.to ?? ""} />
        </div>
        {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
        <div className="mt-3 flex justify-end gap-2">
          <Link href="/cockpit/audit" className="inline-flex items-center rounded-md px-3 py-2 text-sm text-stone-700 hover:bg-stone-100">
            {t("cockpitAudit.reset")}
          </Link>
          <Button type="submit">{t("cockpitAudit.apply")}</Button>
        </div>
      </form>
    </div>
  );
}

import Link from "next/link";
import type { BookingFilters } from "@/lib/cockpit/booking-filters";
import { getT } from "@/lib/i18n/server";
import { BOOKING_STATUSES } from "@/components/bookings/status-filter";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

type Options = { sites: { id: string; name: string }[]; resources: { id: string; name: string; siteId: string }[] };

/**
 * A plain GET form: the filters land in the URL, so the list works without JavaScript, can be bookmarked and
 * shared, and the browser's back button steps through earlier filters. The sort order is kept.
 */
export async function BookingFiltersForm({ filters, options }: { filters: BookingFilters; options: Options }) {
  const t = await getT();
  const any = { value: "", label: t("cockpitBookings.list.any") };
  const siteNames = new Map(options.sites.map((site) => [site.id, site.name]));
  return (
    <form method="get" action="/cockpit/bookings" aria-label={t("cockpitBookings.list.filters")} className="mb-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField name="site" label={t("cockpitBookings.list.site")} defaultValue={filters.site ?? ""} options={[any, ...options.sites.map((site) => ({ value: site.id, label: site.name }))]} />
        <SelectField
          name="resource"
          label={t("cockpitBookings.list.resource")}
          defaultValue={filters.resource ?? ""}
          options={[any, ...options.resources.map((resource) => ({ value: resource.id, label: `${resource.name} (${siteNames.get(resource.siteId) ?? ""})` }))]}
        />
        <SelectField
          name="status"
          label={t("cockpitBookings.list.status")}
          defaultValue={filters.status ?? ""}
          options={[any, ...BOOKING_STATUSES.map((status) => ({ value: status, label: t(`bookings.statuses.${status}`) }))]}
        />
        <Field type="date" name="from" label={t("cockpitBookings.list.from")} defaultValue={filters.from ?? ""} />
        <Field type="date" name="to" label={t("cockpitBookings.list.to")} defaultValue={filters.to ?? ""} />
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-start gap-2 text-sm text-stone-700">
          <input type="checkbox" name="problems" value="1" defaultChecked={filters.problems === "1"} className="mt-0.5 h-4 w-4" />
          <span>
            {t("cockpitBookings.list.problems")}
            <span className="block text-xs text-stone-500">{t("cockpitBookings.list.problemsHint")}</span>
          </span>
        </label>
        <div className="flex gap-2">
          {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
          {filters.dir ? <input type="hidden" name="dir" value={filters.dir} /> : null}
          <Link href="/cockpit/bookings" className="inline-flex items-center rounded-md px-3 py-2 text-sm text-stone-700 hover:bg-stone-100">
            {t("cockpitBookings.list.reset")}
          </Link>
          <Button type="submit">{t("cockpitBookings.list.apply")}</Button>
        </div>
      </div>
    </form>
  );
}

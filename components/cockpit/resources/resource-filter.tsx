import type { Translate } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";

type Props = { t: Translate; sites: { id: string; name: string }[]; siteId: string; archived: boolean };

/** A plain GET form: the filter lives in the URL, so it works without JavaScript and can be linked. */
export function ResourceFilter({ t, sites, siteId, archived }: Props) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("resourceAdmin.filter.title")}>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {t("resourceAdmin.site")}
        <select name="site" defaultValue={siteId} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
          <option value="">{t("resourceAdmin.filter.allSites")}</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 pb-2 text-sm text-stone-800">
        <input type="checkbox" name="archived" value="1" defaultChecked={archived} className="h-4 w-4 accent-brand-600" />
        {t("resourceAdmin.filter.showArchived")}
      </label>
      <Button type="submit" variant="secondary">
        {t("resourceAdmin.filter.apply")}
      </Button>
    </form>
  );
}

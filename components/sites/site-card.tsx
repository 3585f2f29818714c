import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { getResourceAnchor } from "@/lib/resources/labels";
import { Card } from "@/components/ui/card";
import { ResourceFacts } from "./resource-facts";

type SiteCardProps = {
  site: { id: string; name: string; address: string | null; timeZone: string };
  resources: { id: string; name: string; kind: string; capacity: number | null; description: string | null; requiresApproval: boolean }[];
};

export async function SiteCard({ site, resources }: SiteCardProps) {
  const t = await getT();
  return (
    <Card>
      <h2 className="text-lg font-semibold">
        <Link href={`/sites/${site.id}`} className="hover:underline">
          {site.name}
        </Link>
      </h2>
      {site.address ? <p className="text-sm text-stone-600">{site.address}</p> : null}
      <p className="mt-1 text-xs text-stone-500">{t("sites.timeZone", { zone: site.timeZone })}</p>
      {resources.length === 0 ? (
        <p className="mt-4 text-sm text-stone-600">{t("sites.noResources")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-100 border-t border-stone-100" aria-label={t("sites.resources")}>
          {resources.map((resource) => (
            <li key={resource.id} className="py-3">
              <Link href={`/sites/${site.id}#${getResourceAnchor(resource.id)}`} className="font-medium text-brand-700 hover:underline">
                {resource.name}
              </Link>
              <ResourceFacts resource={resource} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

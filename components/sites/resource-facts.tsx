import { getT } from "@/lib/i18n/server";
import { getKindLabel } from "@/lib/resources/labels";
import { StatusBadge } from "@/components/ui/status-badge";

type ResourceFactsProps = {
  resource: { kind: string; capacity: number | null; description: string | null; requiresApproval: boolean };
};

/** Kind, capacity, approval and description of a resource, as residents see them. */
export async function ResourceFacts({ resource }: ResourceFactsProps) {
  const t = await getT();
  return (
    <>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
        <span>{getKindLabel(t, resource.kind)}</span>
        {resource.capacity ? (
          <>
            <span aria-hidden>·</span>
            <span>{t("resources.capacity", { count: resource.capacity })}</span>
          </>
        ) : null}
        {resource.requiresApproval ? <StatusBadge tone="warning">{t("resources.approvalRequired")}</StatusBadge> : null}
      </p>
      {resource.description ? <p className="mt-2 text-sm text-stone-700">{resource.description}</p> : null}
    </>
  );
}

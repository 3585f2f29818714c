import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getResource } from "@/lib/resources/queries";
import { readBookingRules } from "@/lib/resources/rules";
import { getSiteLockSystem } from "@/lib/resources/site-doors";
import { Alert, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { ResourceForm } from "@/components/cockpit/resources/resource-form";
import { ArchiveButton } from "@/components/cockpit/resources/archive-button";

export const generateMetadata = pageTitle("nav.resources");

type Props = { params: Promise<{ resourceId: string }> };

export default async function CockpitResourcePage({ params }: Props) {
  await connection();
  const { org } = await requireAdmin();
  const { resourceId } = await params;
  // Scoped by organisation: another organisation's id is a 404, not a 403, so ids reveal nothing.
  const row = await getResource({ orgId: org.id, resourceId });
  if (!row) notFound();
  const { resource, site } = row;
  const t = await getT();
  const lockSystem = await getSiteLockSystem({ orgId: org.id, siteId: site.id });
  const archived = resource.archivedAt !== null;

  return (
    <>
      <Link href="/cockpit/resources" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("cockpit.resources.back")}
      </Link>
      <PageHeader
        title={resource.name}
        description={`${t("resourceAdmin.site")}: ${site.name}`}
        actions={
          <div className="flex items-center gap-3">
            {archived ? <StatusBadge>{t("cockpit.resources.archived")}</StatusBadge> : null}
            <ArchiveButton resourceId={resource.id} archived={archived} />
          </div>
        }
      />
      {archived ? (
        <div className="mb-4 max-w-3xl">
          <Alert tone="info">{t("resourceAdmin.archivedNotice")}</Alert>
        </div>
      ) : null}
      <ResourceForm
        resourceId={resource.id}
        sites={[{ id: site.id, name: site.name, hasLockSystem: lockSystem.integration !== null, doors: lockSystem.doors }]}
        defaultValues={{
          siteId: site.id,
          name: resource.name,
          kind: resource.kind,
          description: resource.description ?? "",
          capacity: resource.capacity,
          requiresApproval: resource.requiresApproval,
          requiresPhone: resource.requiresPhone,
          accessIdentifier: resource.accessIdentifier ?? "",
          rules: readBookingRules(resource.rules),
        }}
      />
    </>
  );
}

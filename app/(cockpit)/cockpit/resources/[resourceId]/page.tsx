import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getResource } from "@/lib/resources/queries";
import { getKindLabel } from "@/lib/resources/labels";
import { Card, PageHeader } from "@/components/ui/card";
import { Missing } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";

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
  const notSet = <Missing>{t("common.notSet")}</Missing>;
  const facts: [string, ReactNode][] = [
    ["site", site.name],
    ["kind", getKindLabel(t, resource.kind)],
    ["capacity", resource.capacity ?? notSet],
    ["description", resource.description ?? notSet],
    [
      "accessIdentifier",
      resource.accessIdentifier ? <code className="break-all text-xs">{resource.accessIdentifier}</code> : <Missing>{t("cockpit.resources.notMapped")}</Missing>,
    ],
    ["approval", resource.requiresApproval ? t("cockpit.resources.approvalRequired") : t("cockpit.resources.automatic")],
    ["requiresPhone", resource.requiresPhone ? t("common.yes") : t("common.no")],
    ["rules", t("cockpit.resources.rulesPending")],
  ];

  return (
    <>
      <Link href="/cockpit/resources" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("cockpit.resources.back")}
      </Link>
      <PageHeader
        title={resource.name}
        actions={resource.archivedAt ? <StatusBadge>{t("cockpit.resources.archived")}</StatusBadge> : undefined}
      />
      <Card className="max-w-3xl">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
          {facts.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-stone-600">{t(`cockpit.resources.${key}`)}</dt>
              <dd className="text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}

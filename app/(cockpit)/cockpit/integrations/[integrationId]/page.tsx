import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { formatDateTime } from "@/lib/i18n/format";
import { getIntegrationDetail, listSyncedDoors } from "@/lib/integrations/queries";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { listTimeZones } from "@/lib/sites/time-zones";
import { Card, PageHeader } from "@/components/ui/card";
import { DoorTable } from "@/components/cockpit/integrations/door-table";
import { ExivoIntegrationForm } from "@/components/cockpit/integrations/exivo-integration-form";
import { IntegrationStatusBadge } from "@/components/cockpit/integrations/integration-status-badge";
import { LockCheckButton } from "@/components/cockpit/integrations/lock-check-panel";
import { XesarIntegrationForm } from "@/components/cockpit/integrations/xesar-integration-form";

export const generateMetadata = pageTitle("nav.integrations");

// Only non-secret settings and "which secrets are set" reach this page (getIntegrationDetail); the forms
// receive nothing more.
export default async function IntegrationPage({ params }: { params: Promise<{ integrationId: string }> }) {
  await connection();
  const { org } = await requireAdmin();
  const [t, locale] = [await getT(), await getLocale()];
  const { integrationId } = await params;
  const integration = await getIntegrationDetail({ orgId: org.id, integrationId });
  if (!integration) notFound();
  const [doors, timeZone] = await Promise.all([listSyncedDoors({ orgId: org.id, integrationId }), getOrgTimeZone({ orgId: org.id })]);
  const verifiedAt = integration.lastVerifiedAt ? formatDateTime(integration.lastVerifiedAt, timeZone, locale) : null;
  const formProps = { id: integration.id, name: integration.name, settings: integration.settings, secretsSet: integration.secretsSet, verifiedAt };

  return (
    <>
      <Link href="/cockpit/integrations" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("cockpitIntegrations.back")}
      </Link>
      <PageHeader
        title={integration.name}
        description={t(`integrations.vendors.${integration.vendor}`)}
        actions={<IntegrationStatusBadge status={integration.status} t={t} />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("cockpitIntegrations.verify.title")}</h2>
          <p className="mb-3 text-sm text-stone-600">{t("cockpitIntegrations.verify.hint")}</p>
          <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-500">{t("cockpitIntegrations.lastVerified")}</dt>
            <dd>{verifiedAt ?? t("cockpit.integrations.never")}</dd>
            {integration.status === "failed" && integration.lastError ? (
              <>
                <dt className="text-stone-500">{t("cockpitIntegrations.lastError")}</dt>
                <dd className="text-red-700">{integration.lastError}</dd>
              </>
            ) : null}
          </dl>
          <LockCheckButton integrationId={integration.id} kind="verify" />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("cockpitIntegrations.settings")}</h2>
          {integration.vendor === "exivo" ? (
            <ExivoIntegrationForm integration={formProps} />
          ) : (
            <XesarIntegrationForm timeZones={listTimeZones()} defaultTimeZone={timeZone} integration={formProps} />
          )}
        </Card>
      </div>
      <section className="mt-8" aria-labelledby="doors-heading">
        <div className="mb-3 flex flex-wrap items-start justify-between gap-4">
          <h2 id="doors-heading" className="text-lg font-semibold">
            {t("cockpitIntegrations.sync.title")}
          </h2>
          <LockCheckButton integrationId={integration.id} kind="sync" variant="secondary" />
        </div>
        <DoorTable doors={doors} t={t} />
      </section>
    </>
  );
}

import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { formatDateTime } from "@/lib/i18n/format";
import { listIntegrations } from "@/lib/integrations/queries";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { IntegrationStatusBadge } from "@/components/cockpit/integrations/integration-status-badge";
import { ConnectLinks } from "@/components/cockpit/integrations/connect-links";

export const generateMetadata = pageTitle("nav.integrations");

export default async function IntegrationsPage() {
  await connection();
  const { org } = await requireAdmin();
  const [t, locale] = [await getT(), await getLocale()];
  const [integrations, timeZone] = await Promise.all([listIntegrations({ orgId: org.id }), getOrgTimeZone({ orgId: org.id })]);

  return (
    <>
      <PageHeader title={t("nav.integrations")} description={t("cockpit.integrations.intro")} actions={<ConnectLinks t={t} />} />
      {integrations.length === 0 ? (
        <EmptyState title={t("cockpit.integrations.empty")}>{t("cockpitIntegrations.emptyText")}</EmptyState>
      ) : (
        <DataTable
          caption={t("nav.integrations")}
          headers={[t("cockpit.integrations.name"), t("cockpit.integrations.vendor"), t("cockpit.integrations.status"), t("cockpit.integrations.lastVerified")]}
        >
          {integrations.map((integration) => (
            <tr key={integration.id}>
              <RowHeader>
                <Link href={`/cockpit/integrations/${integration.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {integration.name}
                </Link>
              </RowHeader>
              <Td>{t(`integrations.vendors.${integration.vendor}`)}</Td>
              <Td>
                <IntegrationStatusBadge status={integration.status} t={t} />
              </Td>
              <Td>
                {integration.lastVerifiedAt ? (
                  <time dateTime={integration.lastVerifiedAt.toISOString()}>{formatDateTime(integration.lastVerifiedAt, timeZone, locale)}</time>
                ) : (
                  <Missing>{t("cockpit.integrations.never")}</Missing>
                )}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

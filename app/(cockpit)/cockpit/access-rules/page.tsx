import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listAccessRules } from "@/lib/access/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";

export const generateMetadata = pageTitle("nav.accessRules");

export default async function AccessRulesPage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const rules = await listAccessRules({ orgId: org.id });
  const headers = ["kind", "target", "doors", "buffers", "credential"].map((key) => t(`cockpit.accessRules.${key}`));

  return (
    <>
      <PageHeader title={t("nav.accessRules")} description={t("cockpit.accessRules.intro")} />
      {rules.length === 0 ? (
        <EmptyState title={t("cockpit.accessRules.empty")}>
          <p>{t("cockpit.accessRules.emptyBooking")}</p>
          <p className="mt-2">{t("cockpit.accessRules.emptyCommunity")}</p>
        </EmptyState>
      ) : (
        <DataTable caption={t("nav.accessRules")} headers={headers}>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <RowHeader>{t(`access.ruleKinds.${rule.kind}`)}</RowHeader>
              <Td>{(rule.kind === "booking" ? rule.resourceName : rule.communityName) ?? <Missing>{t("common.notSet")}</Missing>}</Td>
              <Td>
                {rule.accessIdentifier ? (
                  <code className="break-all text-xs">{rule.accessIdentifier}</code>
                ) : (
                  <Missing>{rule.kind === "booking" ? t("cockpit.accessRules.resourceDoors") : t("common.notSet")}</Missing>
                )}
              </Td>
              <Td>
                {rule.kind === "booking"
                  ? t("cockpit.accessRules.bufferValue", { before: rule.bufferBeforeMinutes, after: rule.bufferAfterMinutes })
                  : null}
              </Td>
              <Td>{t(`access.credentialTypes.${rule.credentialType}`)}</Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

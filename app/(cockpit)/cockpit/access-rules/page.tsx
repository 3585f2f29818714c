import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getAccessRuleChoices, listCockpitAccessRules } from "@/lib/access-rules/queries";
import { listIntegrationDoors } from "@/lib/resources/site-doors";
import { PageHeader } from "@/components/ui/card";
import { AccessRulesManager } from "@/components/cockpit/access-rules/access-rules-manager";
import { AccessPreview } from "@/components/cockpit/access-rules/access-preview";

export const generateMetadata = pageTitle("nav.accessRules");

export default async function AccessRulesPage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const [rules, choices] = await Promise.all([listCockpitAccessRules({ orgId: org.id }), getAccessRuleChoices({ orgId: org.id })]);
  // The synced doors of each lock system, so the identifier fields check and pick as the admin types.
  const doorLists = await Promise.all(choices.integrations.map(async (integration) => [integration.id, await listIntegrationDoors({ orgId: org.id, integrationId: integration.id })] as const));

  return (
    <>
      <PageHeader title={t("nav.accessRules")} description={t("cockpit.accessRules.intro")} />
      <div className="flex flex-col gap-8">
        <AccessRulesManager rules={rules} choices={{ ...choices, doorsByIntegration: Object.fromEntries(doorLists) }} />
        {choices.resources.length > 0 ? <AccessPreview resources={choices.resources} /> : null}
      </div>
    </>
  );
}

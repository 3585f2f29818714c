import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { bookingRulesSchema } from "@/lib/resources/rules";
import { listSiteDoorOptions } from "@/lib/resources/site-doors";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { ResourceForm } from "@/components/cockpit/resources/resource-form";

export const generateMetadata = pageTitle("resourceAdmin.createTitle");

export default async function NewResourcePage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const sites = await listSiteDoorOptions({ orgId: org.id });
  return (
    <>
      <Link href="/cockpit/resources" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("cockpit.resources.back")}
      </Link>
      <PageHeader title={t("resourceAdmin.createTitle")} description={t("resourceAdmin.createIntro")} />
      {sites.length === 0 ? (
        <EmptyState title={t("cockpit.sites.empty")}>{t("cockpit.sites.emptyText")}</EmptyState>
      ) : (
        <ResourceForm
          sites={sites}
          defaultValues={{
            siteId: sites.length === 1 ? sites[0]!.id : "",
            name: "",
            kind: "room",
            description: "",
            capacity: null,
            requiresApproval: false,
            requiresPhone: false,
            accessIdentifier: "",
            rules: bookingRulesSchema.parse({}),
          }}
        />
      )}
    </>
  );
}

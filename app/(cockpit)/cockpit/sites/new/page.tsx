import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { Card, PageHeader } from "@/components/ui/card";
import { SiteForm } from "@/components/cockpit/sites/site-form";
import { loadSiteFormData } from "@/components/cockpit/sites/site-form-data";

export const generateMetadata = pageTitle("cockpitSites.createTitle");

export default async function NewSitePage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  return (
    <>
      <Link href="/cockpit/sites" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("cockpitSites.back")}
      </Link>
      <PageHeader title={t("cockpitSites.createTitle")} />
      <Card className="max-w-2xl">
        <SiteForm site={null} {...await loadSiteFormData(org.id)} />
      </Card>
    </>
  );
}

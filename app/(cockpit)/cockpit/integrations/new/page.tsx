import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { listTimeZones } from "@/lib/sites/time-zones";
import { Card, PageHeader } from "@/components/ui/card";
import { ExivoIntegrationForm } from "@/components/cockpit/integrations/exivo-integration-form";
import { XesarIntegrationForm } from "@/components/cockpit/integrations/xesar-integration-form";

export const generateMetadata = pageTitle("cockpitIntegrations.connect");

export default async function NewIntegrationPage({ searchParams }: { searchParams: Promise<{ vendor?: string }> }) {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const { vendor } = await searchParams;
  if (vendor !== "exivo" && vendor !== "xesar") notFound();

  return (
    <>
      <Link href="/cockpit/integrations" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("cockpitIntegrations.back")}
      </Link>
      <PageHeader title={t("cockpitIntegrations.newTitle", { vendor: t(`integrations.vendors.${vendor}`) })} />
      <Card className="max-w-2xl">
        {vendor === "exivo" ? (
          <ExivoIntegrationForm />
        ) : (
          <XesarIntegrationForm timeZones={listTimeZones()} defaultTimeZone={await getOrgTimeZone({ orgId: org.id })} />
        )}
      </Card>
    </>
  );
}

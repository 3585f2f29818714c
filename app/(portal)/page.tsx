import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/card";

export default async function SitesPage() {
  await connection();
  await requireUser();
  const t = await getT();
  return <PageHeader title={t("nav.sites")} />;
}

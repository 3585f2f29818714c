import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/card";

export default async function CockpitPage() {
  await connection();
  await requireAdmin();
  const t = await getT();
  return <PageHeader title={t("nav.overview")} />;
}

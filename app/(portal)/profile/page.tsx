import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { Card, PageHeader } from "@/components/ui/card";
import { ProfileForm } from "@/components/profile/profile-form";

export const generateMetadata = pageTitle("profile.title");

export default async function ProfilePage() {
  await connection();
  const { user } = await requireUser();
  const t = await getT();
  return (
    <>
      <PageHeader title={t("profile.title")} description={t("profile.intro")} />
      <Card className="max-w-xl">
        <ProfileForm email={user.email} defaultValues={{ name: user.name ?? "", phone: user.phone ?? "", locale: user.locale }} />
      </Card>
    </>
  );
}

import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listCommunitiesWithCounts } from "@/lib/communities/queries";
import { listSites } from "@/lib/sites/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { CommunityForm } from "@/components/cockpit/communities/community-form";

export const generateMetadata = pageTitle("nav.communities");

export default async function CommunitiesPage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const [communities, sites] = await Promise.all([listCommunitiesWithCounts({ orgId: org.id }), listSites({ orgId: org.id })]);
  const notSet = <Missing>{t("common.notSet")}</Missing>;

  return (
    <>
      <PageHeader title={t("nav.communities")} description={t("communities.intro")} />
      <Card className="mb-10">
        <h2 className="mb-4 text-lg font-semibold">{t("communities.create")}</h2>
        <CommunityForm sites={sites.map((site) => ({ id: site.id, name: site.name }))} />
      </Card>
      {communities.length === 0 ? (
        <EmptyState title={t("communities.empty")}>{t("communities.emptyText")}</EmptyState>
      ) : (
        <DataTable
          caption={t("nav.communities")}
          headers={[t("communities.name"), t("communities.description"), t("communities.site"), t("communities.members"), t("communities.rules")]}
        >
          {communities.map((community) => (
            <tr key={community.id}>
              <RowHeader>
                <Link href={`/cockpit/communities/${community.id}`} className="text-brand-700 hover:underline">
                  {community.name}
                </Link>
              </RowHeader>
              <Td>{community.description ?? notSet}</Td>
              <Td>{community.siteName ?? notSet}</Td>
              <Td className="tabular-nums">{community.memberCount}</Td>
              <Td className="tabular-nums">{community.ruleCount}</Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

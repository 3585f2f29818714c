import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listCommunities, listMembers } from "@/lib/people/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";

export const generateMetadata = pageTitle("nav.people");

export default async function PeoplePage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const [members, communities] = await Promise.all([listMembers({ orgId: org.id }), listCommunities({ orgId: org.id })]);
  const notSet = <Missing>{t("common.notSet")}</Missing>;

  return (
    <>
      <PageHeader title={t("nav.people")} description={t("cockpit.people.intro")} />
      <section aria-labelledby="members-heading" className="mb-10">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          {t("cockpit.people.members")}
        </h2>
        <DataTable
          caption={t("cockpit.people.members")}
          headers={["name", "email", "phone", "role"].map((key) => t(`cockpit.people.${key}`))}
        >
          {members.map((member) => (
            <tr key={member.id}>
              <RowHeader>{member.name ?? notSet}</RowHeader>
              <Td>{member.email}</Td>
              <Td className="whitespace-nowrap">{member.phone ?? notSet}</Td>
              <Td>
                <StatusBadge tone={member.role === "admin" ? "info" : "neutral"}>{t(`people.roles.${member.role}`)}</StatusBadge>
              </Td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading" className="mb-3 text-lg font-semibold">
          {t("cockpit.people.communities")}
        </h2>
        {communities.length === 0 ? (
          <EmptyState title={t("cockpit.people.noCommunities")}>{t("cockpit.people.noCommunitiesText")}</EmptyState>
        ) : (
          <DataTable
            caption={t("cockpit.people.communities")}
            headers={["community", "description", "memberCount"].map((key) => t(`cockpit.people.${key}`))}
          >
            {communities.map((community) => (
              <tr key={community.id}>
                <RowHeader>{community.name}</RowHeader>
                <Td>{community.description ?? notSet}</Td>
                <Td className="tabular-nums">{community.memberCount}</Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

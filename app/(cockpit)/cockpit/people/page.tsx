import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { listCommunities, listMembers } from "@/lib/people/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { InvitePersonForm } from "@/components/cockpit/people/invite-person-form";
import { MemberPhoneEditor } from "@/components/cockpit/people/member-phone-editor";
import { MemberRoleSelect } from "@/components/cockpit/people/member-role-select";
import { RemovePersonButton } from "@/components/cockpit/people/remove-person-button";

export const generateMetadata = pageTitle("nav.people");

export default async function PeoplePage() {
  await connection();
  const { org, user } = await requireAdmin();
  const t = await getT();
  const [members, communities] = await Promise.all([listMembers({ orgId: org.id }), listCommunities({ orgId: org.id })]);
  const notSet = t("common.notSet");

  return (
    <>
      <PageHeader title={t("nav.people")} description={t("cockpit.people.intro")} />
      <Card className="mb-10">
        <h2 className="text-lg font-semibold">{t("members.invite")}</h2>
        <p className="mb-4 text-sm text-stone-600">{t("members.inviteIntro")}</p>
        <InvitePersonForm />
      </Card>
      <section aria-labelledby="members-heading" className="mb-10">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          {t("cockpit.people.members")}
        </h2>
        <DataTable
          caption={t("cockpit.people.members")}
          headers={[...["name", "email", "phone", "role"].map((key) => t(`cockpit.people.${key}`)), t("members.actions")]}
        >
          {members.map((member) => {
            const name = member.name ?? member.email;
            return (
              <tr key={member.id}>
                <RowHeader>
                  {member.name ?? <Missing>{notSet}</Missing>}
                  {member.id === user.id ? <span className="ml-1 text-xs font-normal text-stone-500">({t("members.you")})</span> : null}
                </RowHeader>
                <Td>{member.email}</Td>
                <Td>
                  <MemberPhoneEditor userId={member.id} phone={member.phone} name={name} notSet={notSet} />
                </Td>
                <Td>
                  <MemberRoleSelect userId={member.id} role={member.role} label={t("members.changeRole", { name })} />
                </Td>
                <Td>
                  <RemovePersonButton userId={member.id} name={name} />
                </Td>
              </tr>
            );
          })}
        </DataTable>
      </section>
      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading" className="mb-3 text-lg font-semibold">
          <Link href="/cockpit/communities" className="hover:underline">
            {t("cockpit.people.communities")}
          </Link>
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
                <RowHeader>
                  <Link href={`/cockpit/communities/${community.id}`} className="text-brand-700 hover:underline">
                    {community.name}
                  </Link>
                </RowHeader>
                <Td>{community.description ?? <Missing>{notSet}</Missing>}</Td>
                <Td className="tabular-nums">{community.memberCount}</Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

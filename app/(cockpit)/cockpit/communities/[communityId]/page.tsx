import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { getCommunityDetail, listCommunityCandidates } from "@/lib/communities/queries";
import { listSites } from "@/lib/sites/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { AccessStatusBadge, isInFlight } from "@/components/cockpit/communities/access-status-badge";
import { AddMemberForm } from "@/components/cockpit/communities/add-member-form";
import { CommunityForm } from "@/components/cockpit/communities/community-form";
import { DeleteCommunityButton } from "@/components/cockpit/communities/delete-community-button";
import { RefreshWhilePending } from "@/components/cockpit/communities/refresh-while-pending";
import { RemoveMemberButton } from "@/components/cockpit/communities/remove-member-button";

export default async function CommunityPage({ params }: { params: Promise<{ communityId: string }> }) {
  await connection();
  const { org } = await requireAdmin();
  const { communityId } = await params;
  // Another organisation's community, or no id at all: the same 404.
  if (!z.uuid().safeParse(communityId).success) notFound();
  const [detail, candidates, sites, t, locale] = await Promise.all([
    getCommunityDetail({ orgId: org.id, communityId }),
    listCommunityCandidates({ orgId: org.id, communityId }),
    listSites({ orgId: org.id }),
    getT(),
    getLocale(),
  ]);
  if (!detail) notFound();
  const { community, rules, members, former } = detail;
  const timeZone = sites.find((site) => site.id === community.siteId)?.timeZone ?? "UTC";
  const ruleHeaders = rules.map((_, index) => (rules.length > 1 ? `${t("communities.access")} (${t("communities.rule", { number: index + 1 })})` : t("communities.access")));
  const inFlight = [...members, ...former].some((person) => person.access.some((access) => isInFlight(access.status)));
  const accessCells = (access: (typeof members)[number]["access"]) =>
    access.map((item) => (
      <Td key={item.ruleId}>
        <AccessStatusBadge t={t} status={item.status} lastError={item.lastError} />
        {item.windowEnd && (item.status === "active" || item.status === "activation_pending") ? (
          <span className="mt-1 block text-xs text-stone-500">{t("communities.accessUntil", { date: formatDateTime(item.windowEnd, timeZone, locale) })}</span>
        ) : null}
      </Td>
    ));

  return (
    <>
      <RefreshWhilePending active={inFlight} />
      <Link href="/cockpit/communities" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("communities.back")}
      </Link>
      <PageHeader title={community.name} description={community.description ?? undefined} />

      <section aria-labelledby="rules-heading" className="mb-8">
        <h2 id="rules-heading" className="mb-3 text-lg font-semibold">
          {t("communities.rules")}
        </h2>
        {rules.length === 0 ? (
          <EmptyState title={t("communities.noRules")}>
            <Link href="/cockpit/access-rules" className="text-brand-700 hover:underline">
              {t("communities.noRulesText")}
            </Link>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-1 text-sm text-stone-700">
            {rules.map((rule, index) => (
              <li key={rule.id}>
                <span className="font-medium">{t("communities.rule", { number: index + 1 })}</span>:{" "}
                {t("communities.ruleDoors", { doors: rule.doorNames.join(", ") || t("common.notSet") })} · {t(`access.credentialTypes.${rule.credentialType}`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-heading" className="mb-8">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          {t("communities.members")}
        </h2>
        <div className="mb-4">
          <AddMemberForm communityId={community.id} candidates={candidates} />
        </div>
        {members.length === 0 ? (
          <EmptyState title={t("communities.noMembers")}>{t("communities.noMembersText")}</EmptyState>
        ) : (
          <DataTable caption={t("communities.members")} headers={[t("cockpit.people.name"), t("cockpit.people.phone"), ...ruleHeaders, ""]}>
            {members.map((member) => (
              <tr key={member.id} data-testid={`member-${member.email}`}>
                <RowHeader>
                  {member.name ?? member.email}
                  <span className="block text-xs font-normal text-stone-500">{member.email}</span>
                </RowHeader>
                <Td className="whitespace-nowrap">{member.phone ?? <Missing>{t("common.notSet")}</Missing>}</Td>
                {accessCells(member.access)}
                <Td>
                  <RemoveMemberButton
                    communityId={community.id}
                    userId={member.id}
                    label={t("communities.removeLabel", { name: member.name ?? member.email, community: community.name })}
                  />
                </Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {former.length > 0 ? (
        <section aria-labelledby="former-heading" className="mb-8">
          <h2 id="former-heading" className="text-lg font-semibold">
            {t("communities.formerMembers")}
          </h2>
          <p className="mb-3 text-sm text-stone-600">{t("communities.formerMembersText")}</p>
          <DataTable caption={t("communities.formerMembers")} headers={[t("cockpit.people.name"), ...ruleHeaders]}>
            {former.map((person) => (
              <tr key={person.id} data-testid={`former-${person.email}`}>
                <RowHeader>
                  {person.name ?? person.email}
                  <span className="block text-xs font-normal text-stone-500">{person.email}</span>
                </RowHeader>
                {accessCells(person.access)}
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      <Card className="mb-8">
        <h2 className="mb-4 text-lg font-semibold">{t("communities.edit")}</h2>
        <CommunityForm sites={sites.map((site) => ({ id: site.id, name: site.name }))} community={community} />
      </Card>
      <DeleteCommunityButton communityId={community.id} name={community.name} />
    </>
  );
}

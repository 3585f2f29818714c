"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Alert, EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { AccessRuleForm } from "./access-rule-form";
import { DeleteRuleButton } from "./delete-rule-button";
import { RuleDoors } from "./rule-doors";
import type { RuleChoices, RuleRow } from "./types";

type Props = { rules: RuleRow[]; choices: RuleChoices };

/** The list of rules with add, edit and delete; after each change the page re-renders from the server. */
export function AccessRulesManager({ rules, choices }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState<"new" | string | null>(null);
  const [notice, setNotice] = useState<{ text: string; ok: boolean } | null>(null);
  const A = "accessRuleAdmin";
  const targetOf = (rule: RuleRow) => (rule.kind === "booking" ? (rule.resourceName ?? "") : (rule.communityName ?? ""));
  const done = (text: string, ok = true) => {
    setNotice({ text, ok });
    if (ok) setEditing(null);
    router.refresh();
  };
  // The doors of the rule's lock system: a booking rule's is its resource's site's, a community rule names it.
  const doorsOf = (rule: RuleRow) => {
    const integrationId = rule.kind === "booking" ? choices.resources.find((r) => r.id === rule.resourceId)?.integrationId : rule.integrationId;
    return (integrationId && choices.doorsByIntegration[integrationId]) || [];
  };
  const editingRule = editing && editing !== "new" ? (rules.find((rule) => rule.id === editing) ?? null) : null;
  const headers = [...["kind", "target", "doors", "buffers", "credential"].map((key) => t(`cockpit.accessRules.${key}`)), t(`${A}.actions`)];

  return (
    <div className="flex flex-col gap-4">
      {notice ? <Alert tone={notice.ok ? "success" : "error"}>{notice.text}</Alert> : null}
      {editing === null ? (
        <Button type="button" className="self-start" onClick={() => (setNotice(null), setEditing("new"))}>
          {t(`${A}.add`)}
        </Button>
      ) : (
        <AccessRuleForm key={editing} choices={choices} rule={editingRule} onDone={done} onCancel={() => setEditing(null)} />
      )}
      {rules.length === 0 ? (
        <EmptyState title={t("cockpit.accessRules.empty")}>
          <p>{t("cockpit.accessRules.emptyBooking")}</p>
          <p className="mt-2">{t("cockpit.accessRules.emptyCommunity")}</p>
        </EmptyState>
      ) : (
        <DataTable caption={t("nav.accessRules")} headers={headers}>
          {rules.map((rule) => (
            <tr key={rule.id} data-testid={`access-rule-${rule.id}`}>
              <RowHeader>{t(`access.ruleKinds.${rule.kind}`)}</RowHeader>
              <Td>
                {targetOf(rule) || <Missing>{t("common.notSet")}</Missing>}
                {rule.kind === "booking" && rule.siteName ? <span className="block text-xs text-stone-500">{rule.siteName}</span> : null}
                {rule.kind === "community" && rule.integrationName ? <span className="block text-xs text-stone-500">{rule.integrationName}</span> : null}
              </Td>
              <Td>
                {rule.kind === "booking" ? (
                  <>
                    {rule.resourceIdentifier ? <RuleDoors identifier={rule.resourceIdentifier} doors={doorsOf(rule)} /> : <Missing>{t("cockpit.resources.notMapped")}</Missing>}
                    {rule.accessIdentifier ? <RuleDoors identifier={rule.accessIdentifier} doors={doorsOf(rule)} prefix="+ " /> : null}
                  </>
                ) : rule.accessIdentifier ? (
                  <RuleDoors identifier={rule.accessIdentifier} doors={doorsOf(rule)} />
                ) : null}
              </Td>
              <Td>
                {rule.kind === "booking"
                  ? t("cockpit.accessRules.bufferValue", { before: rule.bufferBeforeMinutes, after: rule.bufferAfterMinutes })
                  : null}
              </Td>
              <Td>
                {t(`access.credentialTypes.${rule.credentialType}`)}
                {rule.sendPinBySms ? (
                  <span className="ml-2">
                    <StatusBadge tone="info">{t(`${A}.sms`)}</StatusBadge>
                  </span>
                ) : null}
              </Td>
              <Td>
                <div className="flex gap-1">
                  <Button
                    type="button"
                    variant="ghost"
                    className="px-2 py-1"
                    aria-label={t(`${A}.editRule`, { target: targetOf(rule) })}
                    onClick={() => (setNotice(null), setEditing(rule.id))}
                  >
                    {t(`${A}.edit`)}
                  </Button>
                  <DeleteRuleButton ruleId={rule.id} target={targetOf(rule)} onDone={done} />
                </div>
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}

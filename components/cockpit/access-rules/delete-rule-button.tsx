"use client";

import { useTransition } from "react";
import { deleteAccessRuleAction } from "@/lib/access-rules/actions";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";

type Props = { ruleId: string; target: string; onDone: (message: string, ok: boolean) => void };

export function DeleteRuleButton({ ruleId, target, onDone }: Props) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const onClick = () => {
    if (!window.confirm(t("accessRuleAdmin.confirmDelete"))) return;
    startTransition(async () => {
      const response = await deleteAccessRuleAction({ ruleId });
      if (!response.ok) return onDone(translateActionError(t, response), false);
      if (!response.data.deleted) return onDone(t("accessRuleAdmin.deletePending", { count: response.data.pendingRemovals }), false);
      onDone(t("accessRuleAdmin.deleted"), true);
    });
  };
  return (
    <Button type="button" variant="ghost" className="px-2 py-1 text-red-700" disabled={pending} onClick={onClick} aria-label={t("accessRuleAdmin.deleteRule", { target })}>
      {pending ? t("accessRuleAdmin.deleting") : t("accessRuleAdmin.delete")}
    </Button>
  );
}

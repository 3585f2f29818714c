"use client";

import { useState, useTransition } from "react";
import { previewAccessAction } from "@/lib/access-rules/actions";
import type { AccessPreview as Preview } from "@/lib/access-rules/preview";
import { formatPeriod } from "@/lib/i18n/format";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { DataTable, Missing, RowHeader, Td } from "@/components/ui/data-table";
import type { RuleChoices } from "./types";

/** Dry run of the access engine's plan for an example booking of the chosen resource. */
export function AccessPreview({ resources }: { resources: RuleChoices["resources"] }) {
  const { t, locale } = useI18n();
  const [resourceId, setResourceId] = useState(resources[0]?.id ?? "");
  const [result, setResult] = useState<{ preview: Preview | null; error: string | null }>({ preview: null, error: null });
  const [pending, startTransition] = useTransition();
  const P = "accessRuleAdmin.preview";

  const run = (id: string) =>
    startTransition(async () => {
      const response = await previewAccessAction({ resourceId: id });
      setResult(response.ok ? { preview: response.data, error: null } : { preview: null, error: translateActionError(t, response) });
    });

  const preview = result.preview;
  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-lg font-semibold">{t(`${P}.title`)}</h2>
        <p className="mt-1 text-sm text-stone-600">{t(`${P}.intro`)}</p>
      </div>
      <form
        className="flex flex-wrap items-end gap-3"
        aria-label={t(`${P}.title`)}
        onSubmit={(event) => {
          event.preventDefault();
          run(resourceId);
        }}
      >
        <SelectField
          id="preview-resource"
          label={t(`${P}.resource`)}
          value={resourceId}
          onChange={(event) => setResourceId(event.target.value)}
          options={resources.map((option) => ({ value: option.id, label: `${option.siteName} – ${option.name}` }))}
        />
        <Button type="submit" variant="secondary" disabled={pending || !resourceId}>
          {pending ? t(`${P}.running`) : t(`${P}.run`)}
        </Button>
      </form>
      {result.error ? <Alert>{result.error}</Alert> : null}
      {preview ? (
        <div className="flex flex-col gap-3 text-sm" data-testid="access-preview" aria-live="polite">
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-stone-600">{t(`${P}.booking`)}</dt>
            <dd>{formatPeriod(preview.period, preview.timeZone, locale)}</dd>
            {preview.plan ? (
              <>
                <dt className="font-medium text-stone-600">{t(`${P}.window`)}</dt>
                <dd data-testid="access-preview-window">
                  {formatPeriod(preview.plan.window, preview.timeZone, locale)}
                  <span className="block text-xs text-stone-500">
                    {preview.ruleId ? t(`${P}.buffers`, { before: preview.bufferBeforeMinutes, after: preview.bufferAfterMinutes }) : t(`${P}.noRule`)}
                  </span>
                </dd>
                <dt className="font-medium text-stone-600">{t(`${P}.credential`)}</dt>
                <dd>{t(`access.credentialTypes.${preview.plan.credentialType}`)}</dd>
              </>
            ) : null}
          </dl>
          {preview.plan ? (
            <DataTable caption={t(`${P}.doors`)} headers={[t(`${P}.door`), t(`${P}.target`), t(`${P}.source`)]}>
              {preview.plan.targets.map((target) => (
                <tr key={target.target}>
                  <RowHeader>{target.doorName ?? <Missing>{t(`${P}.notSynced`)}</Missing>}</RowHeader>
                  <Td>
                    <code className="text-xs">{target.target}</code>
                  </Td>
                  <Td>{t(`${P}.sources.${target.source}`)}</Td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <Alert tone="info">{t(`${P}.none.${preview.reason ?? "no_doors"}`)}</Alert>
          )}
        </div>
      ) : null}
    </Card>
  );
}

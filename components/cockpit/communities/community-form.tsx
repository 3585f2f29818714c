"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createCommunityAction, updateCommunityAction } from "@/lib/communities/actions";
import { communityFieldsSchema, type CommunityFormValues, type CommunityInput } from "@/lib/communities/schemas";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

const FIELDS = ["name", "description", "siteId"] as const;
const isField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);

type Props = { sites: { id: string; name: string }[]; community?: { id: string; name: string; description: string | null; siteId: string | null } };

/** Creates a community, or edits one (name, description, site) when `community` is given. */
export function CommunityForm({ sites, community }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [result, setResult] = useState<{ done: boolean; error: string | null }>({ done: false, error: null });
  const defaultValues: CommunityFormValues = { name: community?.name ?? "", description: community?.description ?? "", siteId: community?.siteId ?? "" };
  const form = useForm<CommunityFormValues, unknown, CommunityInput>({ resolver: zodResolver(communityFieldsSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const errorText = (message?: string) => (message ? t(message) : undefined);
  const prefix = community ? "community-edit" : "community-new";

  const onSubmit = form.handleSubmit(async (values) => {
    setResult({ done: false, error: null });
    const response = community ? await updateCommunityAction({ ...values, communityId: community.id }) : await createCommunityAction(values);
    if (response.ok) {
      if (!community) form.reset(defaultValues);
      setResult({ done: true, error: null });
      router.refresh();
      return;
    }
    for (const [key, messages] of Object.entries(response.fieldErrors ?? {})) if (isField(key)) form.setError(key, { message: messages[0] });
    setResult({ done: false, error: translateActionError(t, response) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={community ? t("communities.edit") : t("communities.create")}>
      {result.error ? <div className="sm:col-span-2"><Alert>{result.error}</Alert></div> : null}
      {result.done ? <div className="sm:col-span-2"><Alert tone="success">{t(community ? "communities.saved" : "communities.created")}</Alert></div> : null}
      <Field label={t("communities.name")} error={errorText(errors.name?.message)} {...form.register("name")} id={`${prefix}-name`} />
      <SelectField
        label={t("communities.site")}
        hint={t("communities.siteHint")}
        options={[{ value: "", label: t("communities.noSite") }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
        error={errorText(errors.siteId?.message)}
        {...form.register("siteId")}
        id={`${prefix}-site`}
      />
      <Field
        label={t("communities.description")}
        error={errorText(errors.description?.message)}
        {...form.register("description")}
        id={`${prefix}-description`}
        className="sm:col-span-2"
      />
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className="self-start sm:col-span-2 sm:justify-self-start">
        {isSubmitting ? t(community ? "communities.saving" : "communities.creating") : t(community ? "communities.save" : "communities.createButton")}
      </Button>
    </form>
  );
}

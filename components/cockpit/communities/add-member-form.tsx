"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { addCommunityMemberAction } from "@/lib/communities/actions";
import { communityMemberSchema } from "@/lib/communities/schemas";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type Values = z.input<typeof communityMemberSchema>;

/** Adds a person of the organisation to the community; the access engine issues their standing access. */
export function AddMemberForm({ communityId, candidates }: { communityId: string; candidates: { id: string; name: string | null; email: string }[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(communityMemberSchema), defaultValues: { communityId, userId: "" } });
  const { errors, isSubmitting } = form.formState;

  if (candidates.length === 0) return <p className="text-sm text-stone-600">{t("communities.noCandidates")}</p>;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const response = await addCommunityMemberAction(values);
    if (!response.ok) {
      const field = response.fieldErrors?.userId?.[0];
      if (field) form.setError("userId", { message: field });
      setError(translateActionError(t, response));
    } else form.reset({ communityId, userId: "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("communities.addMember")}>
      <input type="hidden" {...form.register("communityId")} />
      <SelectField
        label={t("communities.addMemberLabel")}
        options={[{ value: "", label: t("communities.choosePerson") }, ...candidates.map((c) => ({ value: c.id, label: c.name ? `${c.name} (${c.email})` : c.email }))]}
        error={errors.userId?.message ? t(errors.userId.message) : undefined}
        {...form.register("userId")}
        id="community-add-member"
        className="min-w-64"
      />
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t("communities.adding") : t("communities.addMember")}
      </Button>
      {error && !errors.userId ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}

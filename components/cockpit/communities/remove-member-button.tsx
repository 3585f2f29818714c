"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { removeCommunityMemberAction } from "@/lib/communities/actions";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";

/** Takes a member out of the community; their standing access is revoked by the engine (removal pending -> removed). */
export function RemoveMemberButton({ communityId, userId, label }: { communityId: string; userId: string; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setError(null);
      const response = await removeCommunityMemberAction({ communityId, userId });
      if (!response.ok) setError(translateActionError(t, response));
      router.refresh();
    });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" className="px-3 py-1" onClick={remove} disabled={pending} aria-busy={pending} aria-label={label}>
        {pending ? t("communities.removing") : t("communities.remove")}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { archiveResourceAction } from "@/lib/resources/actions";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";

/** Archive or restore; the page re-renders from the server afterwards. */
export function ArchiveButton({ resourceId, archived }: { resourceId: string; archived: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () =>
    startTransition(async () => {
      setError(null);
      const response = await archiveResourceAction({ resourceId, archived: !archived });
      if (!response.ok) return setError(translateActionError(t, response));
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" variant={archived ? "secondary" : "danger"} disabled={pending} onClick={onClick} title={t("resourceAdmin.archiveHint")}>
        {pending ? t(archived ? "resourceAdmin.unarchiving" : "resourceAdmin.archiving") : t(archived ? "resourceAdmin.unarchive" : "resourceAdmin.archive")}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

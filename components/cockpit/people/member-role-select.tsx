"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { changeMemberRoleAction } from "@/lib/people/member-actions";
import { ROLES } from "@/lib/people/member-schemas";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";

/** The member's role, changed on selection; refused for the last admin (the select goes back to admin). */
export function MemberRoleSelect({ userId, role, label }: { userId: string; role: "admin" | "resident"; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [value, setValue] = useState(role);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const change = (next: "admin" | "resident") =>
    startTransition(async () => {
      setError(null);
      setValue(next);
      const response = await changeMemberRoleAction({ userId, role: next });
      if (!response.ok) {
        setValue(role);
        setError(translateActionError(t, response));
      }
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-1">
      <select
        aria-label={label}
        value={value}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => change(event.target.value as "admin" | "resident")}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`people.roles.${option}`)}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="max-w-xs text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { checkIdentifier, findDoor, type DoorOption } from "@/lib/resources/identifier-check";
import { useI18n } from "@/components/i18n-provider";
import { FieldFrame, controlClass, describedByFor } from "@/components/ui/field-frame";
import { DoorPicker } from "./door-picker";

type Props = {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Doors of the lock system the identifier is checked against; null: no lock system to check against. */
  doors: DoorOption[] | null;
  /** An error from the last submit (already translated), shown when the live check has nothing to say. */
  submitError?: string;
};

/**
 * The Access Control Identifier as text, checked as the admin types (grammar and synced doors, the same
 * check the server runs), with a door picker that writes it.
 */
export function IdentifierField({ id, label, hint, value, onChange, onBlur, doors, submitError }: Props) {
  const { t } = useI18n();
  const check = checkIdentifier(value, doors);
  const liveError = check.ok ? undefined : check.problems.map((problem) => t(problem.key, problem.values)).join(" ");
  const error = liveError ?? submitError;
  const opened = check.ok && doors ? check.targets.map((target) => findDoor(target, doors)?.name).filter(Boolean) : [];

  return (
    <div className="flex flex-col gap-2">
      <FieldFrame fieldId={id} label={label} error={error} hint={doors ? hint : `${hint} ${t("resourceAdmin.noLockSystem")}`}>
        <input
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByFor(id, error, hint)}
          className={`${controlClass(error)} font-mono`}
          placeholder="accessPoint:ID,zone:ID"
        />
      </FieldFrame>
      {opened.length > 0 && !error ? (
        <p className="text-xs text-emerald-800" data-testid={`${id}-opens`}>
          {t("resourceAdmin.identifierOk", { doors: opened.join(", ") })}
        </p>
      ) : null}
      {doors ? <DoorPicker idPrefix={id} doors={doors} value={value} onChange={onChange} /> : null}
    </div>
  );
}

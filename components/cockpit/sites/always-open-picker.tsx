"use client";

import type { SyncedDoor } from "@/lib/integrations/queries";
import { useI18n } from "@/components/i18n-provider";

type PickerDoor = Pick<SyncedDoor, "id" | "name" | "kind" | "removed" | "selectable">;

type Props = {
  doors: PickerDoor[] | null;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
};

/**
 * Checkboxes over the site's lock system's synced doors and zones. A gateway is shown but cannot be ticked:
 * as an always-open door it would make every booking's access fail.
 */
export function AlwaysOpenPicker({ doors, value, onChange, error }: Props) {
  const { t } = useI18n();
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((candidate) => candidate !== id));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "always-open-error" : "always-open-hint"} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-stone-700">{t("cockpitSites.alwaysOpen")}</legend>
      <p id="always-open-hint" className="text-xs text-stone-500">
        {doors === null ? t("cockpitSites.alwaysOpenNone") : doors.length === 0 ? t("cockpitSites.alwaysOpenNoDoors") : t("cockpitSites.alwaysOpenHint")}
      </p>
      {doors && doors.length > 0 ? (
        <ul className="flex flex-col gap-1 rounded-md border border-stone-200 bg-white p-3">
          {doors.map((door) => {
            const noteId = `door-note-${door.id}`;
            return (
              <li key={door.id} className="flex flex-wrap items-center gap-2 text-sm">
                <input
                  id={`door-${door.id}`}
                  type="checkbox"
                  checked={value.includes(door.id)}
                  disabled={!door.selectable}
                  aria-describedby={!door.selectable || door.removed ? noteId : undefined}
                  onChange={(event) => toggle(door.id, event.target.checked)}
                />
                <label htmlFor={`door-${door.id}`} className={door.selectable ? "" : "text-stone-400"}>
                  {door.name}
                  {door.kind === "zone" ? <span className="text-stone-500"> ({t("cockpitSites.zone")})</span> : null}
                </label>
                {!door.selectable ? (
                  <span id={noteId} className="text-xs text-amber-800">
                    {t("cockpitSites.gatewayNote")}
                  </span>
                ) : door.removed ? (
                  <span id={noteId} className="text-xs text-red-700">
                    {t("cockpitSites.removedNote")}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {error ? (
        <p id="always-open-error" role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

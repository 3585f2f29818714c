"use client";

import { formatAccessIdentifier, parseAccessIdentifier } from "@/lib/locks/identifiers";
import { targetOfDoor, type DoorOption } from "@/lib/resources/identifier-check";
import type { AccessTarget } from "@/lib/locks/types";
import { useI18n } from "@/components/i18n-provider";

type Props = { idPrefix: string; doors: DoorOption[]; value: string; onChange: (identifier: string) => void };

const sameTarget = (a: AccessTarget, b: AccessTarget) => a.kind === b.kind && a.id.toLowerCase() === b.id.toLowerCase();

/**
 * Doors and zones synced from the lock system as checkboxes: ticking one writes its target into the
 * identifier, unticking removes it. Gateways are listed (the admin recognises the installation) but disabled.
 */
export function DoorPicker({ idPrefix, doors, value, onChange }: Props) {
  const { t } = useI18n();
  const parsed = value.trim() ? parseAccessIdentifier(value) : { ok: true as const, targets: [] };
  const selected = parsed.ok ? parsed.targets : [];

  if (doors.length === 0) return <p className="text-xs text-stone-500">{t("resourceAdmin.picker.none")}</p>;

  const toggle = (door: DoorOption, checked: boolean) => {
    const target = targetOfDoor(door);
    // An identifier that does not parse is replaced: the picker writes what it shows.
    const next = checked ? [...selected.filter((t) => !sameTarget(t, target)), target] : selected.filter((t) => !sameTarget(t, target));
    onChange(formatAccessIdentifier(next));
  };

  const groups = [
    { key: "doors", rows: doors.filter((door) => door.kind !== "zone") },
    { key: "zones", rows: doors.filter((door) => door.kind === "zone") },
  ].filter((group) => group.rows.length > 0);

  return (
    <fieldset className="rounded-md border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-700">{t("resourceAdmin.picker.title")}</legend>
      <p className="mb-2 text-xs text-stone-500">{t("resourceAdmin.picker.intro")}</p>
      <div className="flex flex-col gap-3">
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${idPrefix}-${group.key}`}>
            <p id={`${idPrefix}-${group.key}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">
              {t(`resourceAdmin.picker.${group.key}`)}
            </p>
            <ul className="flex flex-col gap-1">
              {group.rows.map((door) => {
                const gateway = door.kind === "gateway";
                const inputId = `${idPrefix}-door-${door.id}`;
                return (
                  <li key={door.id}>
                    <label htmlFor={inputId} className={`flex items-center gap-2 text-sm ${gateway ? "text-stone-400" : "text-stone-800"}`}>
                      <input
                        type="checkbox"
                        id={inputId}
                        className="h-4 w-4 accent-brand-600"
                        disabled={gateway}
                        checked={!gateway && selected.some((target) => sameTarget(target, targetOfDoor(door)))}
                        onChange={(event) => toggle(door, event.target.checked)}
                      />
                      <span>{door.name}</span>
                      <code className="text-xs text-stone-500">{door.vendorId}</code>
                      {gateway ? <span className="text-xs">({t("resourceAdmin.picker.gateway")})</span> : null}
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

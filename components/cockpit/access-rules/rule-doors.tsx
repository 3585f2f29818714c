import { parseAccessIdentifier } from "@/lib/locks/identifiers";
import { findDoor, type DoorOption } from "@/lib/resources/identifier-check";

type Props = { identifier: string; doors: DoorOption[]; prefix?: string };

/** An identifier as the admin reads it: the door names first, the raw identifier below for reference. */
export function RuleDoors({ identifier, doors, prefix = "" }: Props) {
  const parsed = parseAccessIdentifier(identifier);
  const names = parsed.ok ? parsed.targets.map((target) => findDoor(target, doors)?.name ?? `${target.kind}:${target.id}`) : [];
  return (
    <span className="block">
      {names.length > 0 ? <span className="block text-sm text-stone-800">{prefix + names.join(", ")}</span> : null}
      <code className="block break-all text-xs text-stone-500">{identifier}</code>
    </span>
  );
}

import type { AccessTarget } from "../types";
import { LockError } from "../types";
import { describeComponent, isGateway } from "./mapper";
import type { ExivoAccessZone, ExivoComponent } from "./schemas";

// exivo visits only take component ids: `accessPoint:ID` names a component, `zone:ID` an accessZone that is
// expanded to the components whose accessZones contain it. A gateway is never a door, also not via a zone.

export function resolveComponentIds(targets: AccessTarget[], components: ExivoComponent[], zones: ExivoAccessZone[]): string[] {
  if (targets.length === 0) throw invalid("A grant needs at least one door or zone.");
  const byId = new Map(components.map((component) => [component.id, component]));
  const resolved = new Set<string>();
  for (const target of targets) {
    if (target.kind === "accessPoint") {
      const component = byId.get(target.id);
      if (!component) throw invalid(`accessPoint:${target.id} is not a component of this exivo site.`);
      if (isGateway(component)) {
        throw invalid(`accessPoint:${target.id} is the gateway "${describeComponent(component)}": a gateway is not a door and cannot be granted.`);
      }
      resolved.add(component.id);
      continue;
    }
    const zone = zones.find((candidate) => candidate.id === target.id);
    if (!zone) throw invalid(`zone:${target.id} is not an access zone of this exivo site.`);
    const members = components.filter((c) => !isGateway(c) && (c.accessZones ?? []).includes(zone.id));
    if (members.length === 0) throw invalid(`zone:${target.id} ("${zone.name ?? zone.id}") contains no doors.`);
    for (const member of members) resolved.add(member.id);
  }
  return [...resolved];
}

function invalid(message: string): LockError {
  return new LockError({ code: "validation", message });
}

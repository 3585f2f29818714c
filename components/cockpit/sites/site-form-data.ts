import "server-only";
import { listIntegrations, listSyncedDoors } from "@/lib/integrations/queries";
import { getOrgTimeZone } from "@/lib/sites/queries";
import { listTimeZones } from "@/lib/sites/time-zones";

/** What the site form needs besides the site: the organisation's lock systems, their synced doors, the zones. */
export async function loadSiteFormData(orgId: string) {
  const [integrations, doors, defaultTimeZone] = await Promise.all([listIntegrations({ orgId }), listSyncedDoors({ orgId }), getOrgTimeZone({ orgId })]);
  return {
    integrations: integrations.map(({ id, name }) => ({ id, name })),
    doors: doors.map(({ id, integrationId, name, kind, removed, selectable }) => ({ id, integrationId, name, kind, removed, selectable })),
    timeZones: listTimeZones(),
    defaultTimeZone,
  };
}

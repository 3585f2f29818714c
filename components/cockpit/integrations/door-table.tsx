import type { SyncedDoor } from "@/lib/integrations/queries";
import type { Translate } from "@/lib/i18n/translate";
import { EmptyState } from "@/components/ui/card";
import { DataTable, RowHeader, Td } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";

/** The doors and zones synced from one lock system; gateways are listed but marked as not selectable. */
export function DoorTable({ doors, t }: { doors: SyncedDoor[]; t: Translate }) {
  if (doors.length === 0) return <EmptyState title={t("cockpitIntegrations.sync.empty")}>{t("cockpitIntegrations.sync.emptyText")}</EmptyState>;
  return (
    <DataTable
      caption={t("cockpitIntegrations.sync.title")}
      headers={[t("cockpitIntegrations.sync.name"), t("cockpitIntegrations.sync.kind"), t("cockpitIntegrations.sync.vendorId"), t("cockpitIntegrations.sync.state")]}
    >
      {doors.map((door) => (
        <tr key={door.id} data-door-kind={door.kind} data-selectable={door.selectable && !door.removed}>
          <RowHeader>{door.name}</RowHeader>
          <Td>{t(`cockpitIntegrations.sync.kinds.${door.kind}`)}</Td>
          <Td className="font-mono text-xs">{door.vendorId}</Td>
          <Td>
            {!door.selectable ? (
              <StatusBadge tone="warning">{t("cockpitIntegrations.sync.gateway")}</StatusBadge>
            ) : door.removed ? (
              <StatusBadge tone="danger">{t("cockpitIntegrations.sync.removed")}</StatusBadge>
            ) : (
              <StatusBadge tone="success">{t("cockpitIntegrations.sync.selectable")}</StatusBadge>
            )}
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}

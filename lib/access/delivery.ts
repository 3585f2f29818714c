import type { DbOrTx } from "@/db";
import { recordAudit } from "@/lib/audit/record";
import type { Grant } from "./grant-store";

/**
 * Where the access engine hands a usable credential to delivery. For now a stub: it records that a
 * notification is due (without the PIN or the link) and drops the raw token.
 *
 * TODO(delivery): put the message into the outbox in this same transaction (lib/notifications/outbox.ts):
 * for pin_link the link `${APP_URL}/key/${keyToken}` and the PIN (openPin(grant.pinEncrypted)) by e-mail,
 * and by SMS when the rule says so; for Xesar nothing (Xesar sends its own SMS), only the status.
 */
export async function issueDeliveryNotification(tx: DbOrTx, { grant, keyToken }: { grant: Grant; keyToken: string | null }): Promise<void> {
  await recordAudit(
    {
      orgId: grant.orgId,
      actorUserId: null,
      action: "access.delivery_pending",
      entityType: "access_grant",
      entityId: grant.id,
      data: { bookingId: grant.bookingId, credentialType: grant.credentialType, keyLink: keyToken !== null },
    },
    tx,
  );
}

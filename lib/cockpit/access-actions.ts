"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import { grantActionSchema } from "./schemas";
import { getGrantAccessUrl, getLockSystemLink, reissueAccess, revealGrantPin, revokeGrant } from "./grant-service";

// The booking detail's access actions, for the organisation's admins only. Thin: parse, authorize, call the
// service (which scopes by organisation), revalidate.

const input = (grantId: string, context: { user: { id: string }; org: { id: string } }) => ({ orgId: context.org.id, grantId, actorUserId: context.user.id });

function revalidateBooking(bookingId: string | null) {
  revalidatePath("/cockpit/bookings");
  if (bookingId) revalidatePath(`/cockpit/bookings/${bookingId}`);
}

export const revealPinAction = authedAction(grantActionSchema, ({ grantId }, context) => revealGrantPin(input(grantId, context)), { role: "admin" });

export const getAccessUrlAction = authedAction(grantActionSchema, ({ grantId }, context) => getGrantAccessUrl(input(grantId, context)), { role: "admin" });

export const getLockSystemLinkAction = authedAction(grantActionSchema, ({ grantId }, context) => getLockSystemLink(input(grantId, context)), { role: "admin" });

export const revokeAccessAction = authedAction(
  grantActionSchema,
  async ({ grantId }, context) => {
    const result = await revokeGrant(input(grantId, context));
    revalidateBooking(result.bookingId);
    return result;
  },
  { role: "admin" },
);

export const reissueAccessAction = authedAction(
  grantActionSchema,
  async ({ grantId }, context) => {
    const result = await reissueAccess(input(grantId, context));
    revalidateBooking(result.bookingId);
    return result;
  },
  { role: "admin" },
);

"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import { availabilityQuerySchema, cancelBookingSchema, createBookingSchema, decideBookingSchema, rescheduleBookingSchema } from "./schemas";
import { cancelBooking, createBooking, decideBooking, rescheduleBooking } from "./service";
import { getAvailability } from "./availability-query";
import { wakeJobWorkers } from "@/lib/jobs/wake";

// Thin actions: parse, authorize (authedAction + the services' org/owner checks), call the service, revalidate.

const toActor = (context: { user: { id: string }; org: { id: string }; role: "admin" | "resident" }) => ({
  userId: context.user.id,
  orgId: context.org.id,
  role: context.role,
});

export const getAvailabilityAction = authedAction(availabilityQuerySchema, (input, context) =>
  getAvailability({ orgId: context.org.id, query: input }),
);

export const createBookingAction = authedAction(createBookingSchema, async (input, context) => {
  const booking = await createBooking({ actor: toActor(context), input });
  wakeJobWorkers();
  revalidatePath("/bookings");
  return { id: booking.id, status: booking.status };
});

export const rescheduleBookingAction = authedAction(rescheduleBookingSchema, async (input, context) => {
  const booking = await rescheduleBooking({ actor: toActor(context), input });
  wakeJobWorkers();
  revalidatePath("/bookings");
  revalidatePath(`/bookings/${booking.id}`);
  return { id: booking.id, status: booking.status, version: booking.version };
});

export const cancelBookingAction = authedAction(cancelBookingSchema, async (input, context) => {
  const booking = await cancelBooking({ actor: toActor(context), input });
  wakeJobWorkers();
  revalidatePath("/bookings");
  revalidatePath(`/bookings/${booking.id}`);
  return { id: booking.id, status: booking.status };
});

export const decideBookingAction = authedAction(
  decideBookingSchema,
  async (input, context) => {
    const booking = await decideBooking({ actor: toActor(context), input });
    wakeJobWorkers();
    revalidatePath("/cockpit/bookings");
    return { id: booking.id, status: booking.status };
  },
  { role: "admin" },
);

import { z } from "zod";
import { phoneSchema } from "@/lib/people/schemas";

// One schema per input, shared by the booking forms and the server actions. Times travel as ISO strings
// in UTC: the client picks slots that the server computed, it never does time-zone arithmetic itself.

const instant = z.iso.datetime({ offset: true, error: "engine.errors.time" }).transform((value) => new Date(value));
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(200)
  .optional()
  .transform((value) => (value ? value : null))
  .pipe(z.email({ error: "engine.errors.holderEmail" }).nullable());

export const createBookingSchema = z
  .object({
    resourceId: z.uuid({ error: "errors.notFound" }),
    start: instant,
    end: instant,
    /** Booking for someone else: the credential goes to the holder's phone / e-mail. */
    forSomeoneElse: z.boolean().default(false),
    holderName: z.string().trim().max(120, { error: "engine.errors.holderNameLong" }).optional(),
    holderPhone: phoneSchema,
    holderEmail: optionalEmail,
    note: z.string().trim().max(500, { error: "engine.errors.noteLong" }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.forSomeoneElse && !input.holderName) {
      ctx.addIssue({ code: "custom", path: ["holderName"], message: "engine.errors.holderNameRequired" });
    }
    if (input.end <= input.start) ctx.addIssue({ code: "custom", path: ["end"], message: "engine.errors.endBeforeStart" });
  });
export type CreateBookingInput = z.output<typeof createBookingSchema>;
export type CreateBookingFormValues = z.input<typeof createBookingSchema>;

export const rescheduleBookingSchema = z
  .object({
    bookingId: z.uuid({ error: "errors.notFound" }),
    /** The version the user saw: a booking changed meanwhile is not silently overwritten. */
    version: z.number().int().min(1),
    start: instant,
    end: instant,
  })
  .refine((input) => input.end > input.start, { path: ["end"], error: "engine.errors.endBeforeStart" });
export type RescheduleBookingInput = z.output<typeof rescheduleBookingSchema>;

export const cancelBookingSchema = z.object({ bookingId: z.uuid({ error: "errors.notFound" }) });
export type CancelBookingInput = z.output<typeof cancelBookingSchema>;

export const decideBookingSchema = z.object({
  bookingId: z.uuid({ error: "errors.notFound" }),
  decision: z.enum(["confirm", "decline"]),
  reason: z.string().trim().max(500).optional(),
});
export type DecideBookingInput = z.output<typeof decideBookingSchema>;

export const availabilityQuerySchema = z.object({
  resourceId: z.uuid({ error: "errors.notFound" }),
  /** First local day shown, in the site's time zone. */
  date: z.iso.date({ error: "engine.errors.date" }),
  days: z.union([z.literal(1), z.literal(7)]).default(1),
  /** When rescheduling, the booking's own period shows as free. */
  ignoreBookingId: z.uuid().optional(),
});
export type AvailabilityQuery = z.output<typeof availabilityQuerySchema>;

import { z } from "zod";

// Booking rules of a resource, stored as JSON in resources.rules. This schema is the authority: it gives the
// defaults for missing fields, so rules written by an older version still parse.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: "engine.rules.time" });
const minutesOfDay = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

export const openingIntervalSchema = z
  .object({ from: clock, to: clock })
  .refine((interval) => minutesOfDay(interval.from) < minutesOfDay(interval.to), { error: "engine.rules.intervalOrder", path: ["to"] });

const defaultDay = [{ from: "07:00", to: "22:00" }];

export const bookingRulesSchema = z
  .object({
    /** Local wall-clock opening intervals per weekday; an empty list means closed that day. */
    openingHours: z
      .object(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(openingIntervalSchema).max(4).default(defaultDay)])) as Record<Weekday, z.ZodDefault<z.ZodArray<typeof openingIntervalSchema>>>)
      .default(Object.fromEntries(WEEKDAYS.map((day) => [day, defaultDay])) as Record<Weekday, { from: string; to: string }[]>),
    /** Bookings start and end on this grid (local time). */
    slotMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(30),
    minDurationMinutes: z.number().int().min(15).max(24 * 60 * 14).default(30),
    maxDurationMinutes: z.number().int().min(15).max(24 * 60 * 14).default(240),
    /** How long before its start a booking must be made at the latest. */
    minLeadMinutes: z.number().int().min(0).max(24 * 60 * 30).default(0),
    maxDaysAhead: z.number().int().min(1).max(730).default(90),
    /** Active (pending or confirmed) future bookings one person may hold for this resource; null = no limit. */
    maxActiveBookingsPerPerson: z.number().int().min(1).max(100).nullable().default(null),
    /** Setup before / cleanup after: blocked for neighbouring bookings. (The door-access window takes the access rule's buffers.) */
    bufferBeforeMinutes: z.number().int().min(0).max(240).default(0),
    bufferAfterMinutes: z.number().int().min(0).max(240).default(0),
  })
  .refine((rules) => rules.minDurationMinutes <= rules.maxDurationMinutes, {
    error: "engine.rules.durationOrder",
    path: ["maxDurationMinutes"],
  })
  .refine((rules) => rules.minDurationMinutes % rules.slotMinutes === 0 && rules.maxDurationMinutes % rules.slotMinutes === 0, {
    error: "engine.rules.durationGrid",
    path: ["minDurationMinutes"],
  });

export type BookingRules = z.output<typeof bookingRulesSchema>;
export type BookingRulesInput = z.input<typeof bookingRulesSchema>;

/** Parses stored rules; invalid stored JSON falls back to the defaults rather than making a resource unbookable. */
export function readBookingRules(stored: unknown): BookingRules {
  const parsed = bookingRulesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : bookingRulesSchema.parse({});
}

export function toMinutesOfDay(value: string): number {
  return minutesOfDay(value);
}

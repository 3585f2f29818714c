import type { DayAvailability, Slot } from "@/lib/bookings/availability-types";

// Which durations a chosen start allows. Real elapsed minutes count (a 23-hour day has no 02:00 slot), and
// a booking may run over midnight into the next loaded day, as guest-flat bookings do.

const MINUTE = 60_000;

export type DurationOption = { minutes: number; end: string };

type DurationRules = { slotMinutes: number; minDurationMinutes: number; maxDurationMinutes: number };

export function flattenSlots(days: DayAvailability[]): Slot[] {
  return days.flatMap((day) => day.slots);
}

/** Durations on the slot grid between min and max that fit into consecutive free slots from `start`. */
export function listAllowedDurations(slots: Slot[], start: string, rules: DurationRules): DurationOption[] {
  const first = slots.findIndex((slot) => slot.start === start);
  if (first < 0 || slots[first]!.state !== "free") return [];
  const startTime = Date.parse(start);
  const options: DurationOption[] = [];
  for (let index = first; index < slots.length; index += 1) {
    const slot = slots[index]!;
    const previous = slots[index - 1];
    if (slot.state !== "free" || (index > first && previous?.end !== slot.start)) break;
    const minutes = (Date.parse(slot.end) - startTime) / MINUTE;
    if (minutes > rules.maxDurationMinutes) break;
    if (minutes >= rules.minDurationMinutes && minutes % rules.slotMinutes === 0) options.push({ minutes, end: slot.end });
  }
  return options;
}

/** Keeps the duration the user chose (or the booking had) when the new start allows it, else the shortest. */
export function pickDuration(options: DurationOption[], preferred: number | undefined): DurationOption | undefined {
  return options.find((option) => option.minutes === preferred) ?? options[0];
}

/** Starts of the slots a selection covers, to highlight them. */
export function listCoveredStarts(slots: Slot[], start: string, end: string): Set<string> {
  const from = Date.parse(start);
  const to = Date.parse(end);
  return new Set(slots.filter((slot) => Date.parse(slot.start) >= from && Date.parse(slot.start) < to).map((slot) => slot.start));
}

/**
 * Hides the night hours no weekday ever opens, so the grid shows the useful part of the day; what stays is
 * the same wall-clock window on every day, which keeps the week view's rows aligned.
 */
export function isInDisplayWindow(slot: Slot, window: { fromMinutes: number; toMinutes: number }): boolean {
  const minutes = Number(slot.label.slice(0, 2)) * 60 + Number(slot.label.slice(3, 5));
  return Number.isNaN(minutes) || (minutes >= window.fromMinutes && minutes < window.toMinutes);
}

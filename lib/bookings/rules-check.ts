import { DateTime } from "luxon";
import type { TimeRange } from "@/db/schema/columns";
import type { BookingRules } from "@/lib/resources/rules";
import { AppError } from "@/lib/errors/app-error";
import { maxAheadLimit } from "./availability";
import { isWithinOpeningHours } from "./opening-hours";

const MINUTE = 60_000;

type RuleContext = { rules: BookingRules; timeZone: string; period: TimeRange; now: Date };

/**
 * Checks a requested period against the resource's rules; each rule refuses with its own message.
 * Overlaps are not checked here: the exclusion constraint decides those, race-free.
 */
export function assertPeriodFollowsRules({ rules, timeZone, period, now }: RuleContext): void {
  const start = DateTime.fromJSDate(period.start, { zone: timeZone });
  const end = DateTime.fromJSDate(period.end, { zone: timeZone });
  const minutes = (period.end.getTime() - period.start.getTime()) / MINUTE;

  if (period.start.getTime() < now.getTime()) refuse("engine.errors.inPast");
  if (!onGrid(start, rules.slotMinutes) || !onGrid(end, rules.slotMinutes)) {
    refuse("engine.errors.grid", { minutes: rules.slotMinutes });
  }
  if (minutes < rules.minDurationMinutes) refuse("engine.errors.tooShort", { minutes: rules.minDurationMinutes });
  if (minutes > rules.maxDurationMinutes) refuse("engine.errors.tooLong", { minutes: rules.maxDurationMinutes });
  if (period.start.getTime() < now.getTime() + rules.minLeadMinutes * MINUTE) {
    refuse("engine.errors.leadTime", { minutes: rules.minLeadMinutes });
  }
  if (period.start.getTime() >= maxAheadLimit(now, timeZone, rules.maxDaysAhead)) {
    refuse("engine.errors.tooFarAhead", { days: rules.maxDaysAhead });
  }
  for (let slot = start; slot < end; slot = slot.plus({ minutes: rules.slotMinutes })) {
    if (!isWithinOpeningHours(rules, slot, slot.plus({ minutes: rules.slotMinutes }))) refuse("engine.errors.closed");
  }
}

export function assertQuota(rules: BookingRules, activeFutureBookings: number): void {
  const max = rules.maxActiveBookingsPerPerson;
  if (max !== null && activeFutureBookings >= max) refuse("engine.errors.quota", { max });
}

/** The period plus setup/cleanup buffers: what the exclusion constraint compares. */
export function blockedPeriodOf(period: TimeRange, rules: BookingRules): TimeRange {
  return {
    start: new Date(period.start.getTime() - rules.bufferBeforeMinutes * MINUTE),
    end: new Date(period.end.getTime() + rules.bufferAfterMinutes * MINUTE),
  };
}

function onGrid(local: DateTime, slotMinutes: number): boolean {
  return local.second === 0 && local.millisecond === 0 && (local.hour * 60 + local.minute) % slotMinutes === 0;
}

function refuse(message: string, values?: Record<string, number>): never {
  throw new AppError("VALIDATION", message, undefined, values);
}

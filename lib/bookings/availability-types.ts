// What the availability views receive. Times are ISO strings in UTC; `label` is the local wall time.

export type SlotState = "free" | "booked" | "closed" | "past";

export type Slot = { start: string; end: string; label: string; state: SlotState };

export type DayAvailability = {
  /** Local date in the site's time zone, YYYY-MM-DD. */
  date: string;
  /** 23 or 25 on daylight-saving change days. */
  hoursInDay: number;
  slots: Slot[];
};

export type Availability = {
  resourceId: string;
  timeZone: string;
  slotMinutes: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  days: DayAvailability[];
};

"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getAvailabilityAction } from "@/lib/bookings/actions";
import type { Availability } from "@/lib/bookings/availability-types";

type AvailabilityRequest = { resourceId: string; date: string; days: 1 | 7; ignoreBookingId?: string };

/** The error of a failed query carries the action's i18n key and values, for the planner to translate. */
export class AvailabilityError extends Error {
  constructor(
    message: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
  }
}

const availabilityKey = (resourceId: string) => ["availability", resourceId] as const;

export function useAvailability(request: AvailabilityRequest) {
  return useQuery({
    queryKey: [...availabilityKey(request.resourceId), request.date, request.days, request.ignoreBookingId ?? null],
    queryFn: async (): Promise<Availability> => {
      const result = await getAvailabilityAction(request);
      if (!result.ok) throw new AvailabilityError(result.error, result.values);
      const availability: Availability = result.data;
      return availability;
    },
    // Availability changes under the user's eyes when others book: short freshness, refresh on focus.
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });
}

/** After a booking, a refusal or a reschedule every loaded range of the resource may be out of date. */
export function useRefreshAvailability(resourceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: availabilityKey(resourceId) });
}

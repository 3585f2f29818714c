import { describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { Availability } from "@/lib/bookings/availability-types";
import { I18nProvider } from "@/components/i18n-provider";

vi.mock("@/lib/bookings/actions", () => ({}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const { BookingPlanner } = await import("./booking-planner");

function slots(date: string, states: Availability["days"][number]["slots"][number]["state"][]) {
  return states.map((state, index) => {
    const start = new Date(Date.parse(`${date}T08:00:00Z`) + index * 30 * 60_000);
    return { start: start.toISOString(), end: new Date(start.getTime() + 30 * 60_000).toISOString(), label: `${9 + Math.floor(index / 2)}:${index % 2 ? "30" : "00"}`.padStart(5, "0"), state };
  });
}

// The server render of the planner with availability already in the cache: e2e tests find slots by these names.
describe("BookingPlanner (server render)", () => {
  it("renders slots as buttons named by time, state and day; only free ones are enabled", () => {
    const client = new QueryClient();
    const resourceId = "00000000-0000-4000-8000-000000000001";
    const availability: Availability = {
      resourceId,
      timeZone: "Europe/Vienna",
      slotMinutes: 30,
      minDurationMinutes: 30,
      maxDurationMinutes: 120,
      days: [{ date: "2025-03-03", hoursInDay: 24, slots: slots("2025-03-03", ["past", "free", "booked", "closed"]) }],
    };
    client.setQueryData(["availability", resourceId, "2025-03-03", 1, null], availability);
    const html = renderToString(
      createElement(
        QueryClientProvider,
        { client },
        createElement(
          I18nProvider,
          // children are passed as createElement's third argument; the props type still asks for the key.
          { locale: "en", children: undefined },
          createElement(BookingPlanner, {
            resource: { id: resourceId, name: "Room", requiresPhone: true, requiresApproval: false },
            timeZone: "Europe/Vienna",
            initialDate: "2025-03-03",
            displayWindow: { fromMinutes: 0, toMinutes: 1440 },
          }),
        ),
      ),
    );
    expect(html).toContain('aria-label="09:30, free, Mon 3 Mar"');
    expect(html).toContain('aria-label="10:00, booked, Mon 3 Mar"');
    expect(html).toMatch(/disabled="" aria-label="10:00, booked/);
    expect(html).toMatch(/aria-pressed="false" aria-label="09:30, free/);
    // No start chosen yet: the form is there, its submit waits for a slot.
    expect(html).toMatch(/type="submit" disabled="" aria-busy="false">Book<\/button>/);
  });
});

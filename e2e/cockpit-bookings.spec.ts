import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The cockpit's booking detail end to end on the exivo demo site (Campus Zürich, the e2e server runs the lock
// simulators): a resident books, the admin finds the booking, sees its access created, reveals the PIN (never
// in the page before the click), copies the access URL (which opens the digital key), revokes the access and
// sees it removed once exivo confirms; the audit log shows the PIN reveal.

async function bookTomorrow(page: Page, time: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: "Campus Zürich", exact: true }).click();
  await page.getByRole("link", { name: "Book Meeting room 1", exact: true }).click();
  await page.getByRole("button", { name: "Next day" }).click();
  await page.getByRole("button", { name: new RegExp(`^${time}, free`) }).click();
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your booking is confirmed" })).toBeVisible();
  return /\/bookings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

test.describe("cockpit booking detail", () => {
  test("the admin sees the access created, reveals the PIN, copies the access URL and revokes it", async ({ page: residentPage, browser }, testInfo) => {
    // Two sign-ins, a booking, and two rounds of the lock system (grant, then revoke with read-back).
    test.setTimeout(120_000);
    await signIn(residentPage, "resident");
    const bookingId = await bookTomorrow(residentPage, "16:00");
    // The admin in a browser of their own: the resident's page keeps refreshing its session while the access
    // is being set up, which would race a cookie reset in a shared one.
    await residentPage.goto("about:blank");
    const { baseURL, locale } = testInfo.project.use;
    const context = await browser.newContext({ baseURL, locale });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await signIn(page, "admin");

    // The list, filtered to Campus Zürich's meeting room and confirmed bookings, leads to the booking.
    await page.goto("/cockpit/bookings");
    await page.getByLabel("Status").selectOption("confirmed");
    await page.getByLabel("Resource").selectOption({ label: "Meeting room 1 (Campus Zürich)" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=confirmed/);
    await page.locator(`a[href="/cockpit/bookings/${bookingId}"]`).click();
    await expect(page.getByRole("heading", { name: "Booking: Meeting room 1" })).toBeVisible();

    // The page refreshes itself until the lock system has confirmed the access.
    const access = page.getByTestId("access-card").first();
    await expect(access.getByTestId("access-status")).toHaveText(/Created/, { timeout: 30_000 });
    await expect(access).toContainText("Main entrance");
    await expect(access).toContainText("Meeting room 1");
    await expect(access.getByTestId("deliveries")).toContainText("E-mail");

    const html = await page.content();
    await access.getByRole("button", { name: "Reveal PIN" }).click();
    const pin = (await access.getByTestId("revealed-pin").textContent())!.trim();
    expect(pin).toMatch(/^\d{6}$/);
    // Not in the page before the click (bounded: a longer number may contain the same six digits).
    expect(html).not.toMatch(new RegExp(`(^|\\D)${pin}(\\D|$)`));

    await access.getByRole("button", { name: "Copy access URL" }).click();
    const url = await access.getByTestId("access-url").inputValue();
    expect(url).toMatch(/\/key\/[A-Za-z0-9_-]{43}$/);
    await expect(access.getByText("Copied to the clipboard.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(html).not.toContain(new URL(url).pathname);

    // The copied URL is the holder's digital key, and the revealed PIN opens it.
    const key = await context.newPage();
    await key.goto(new URL(url).pathname);
    await expect(key.getByRole("heading", { name: "Digital key" })).toBeVisible();
    await key.getByLabel("PIN", { exact: true }).fill(pin);
    await key.getByRole("button", { name: "LOGIN" }).click();
    await expect(key.getByTestId("key-door")).toHaveCount(3);
    await key.close();

    await access.getByRole("button", { name: "Revoke" }).click();
    await access.getByRole("button", { name: "Revoke" }).click();
    await expect(access.getByTestId("access-status")).toHaveText(/Removed/, { timeout: 30_000 });
    // The booking itself stays confirmed.
    await expect(page.getByTestId("booking-facts")).toContainText("Confirmed");
    await expect(page.getByTestId("audit-trail")).toContainText("access.revoked_by_admin");

    await page.goto("/cockpit/audit");
    await page.getByRole("link", { name: "PIN reveals" }).click();
    const reveal = page.getByTestId("audit-row").first();
    await expect(reveal).toContainText("access.pin_revealed");
    await expect(reveal).not.toContainText(pin);
    await context.close();
  });
});

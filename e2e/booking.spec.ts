import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "./helpers";

// The booking flows of the portal against the production build: book, confirmation page, e-mail with .ics
// in the dev mailbox, reschedule, cancel; approval by an admin; the mobile-number rule.

async function openResource(page: Page, siteName: string, resourceName: string) {
  await page.goto("/");
  await page.getByRole("link", { name: siteName, exact: true }).click();
  await page.getByRole("link", { name: `Book ${resourceName}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(resourceName);
}

/** Moves the planner to tomorrow (so nothing is in the past) and picks the free slot starting at `time`. */
async function pickTomorrowSlot(page: Page, time: string) {
  await page.getByRole("button", { name: "Next day" }).click();
  const slot = page.getByRole("button", { name: new RegExp(`^${time}, free`) });
  await slot.click();
  await expect(slot).toHaveAttribute("aria-pressed", "true");
}

async function findMail(page: Page, recipient: string, subject: RegExp) {
  const message = page.getByTestId("mailbox-message").filter({ hasText: recipient }).filter({ hasText: subject }).first();
  // The e-mail is written by a job right after the booking commits: reload until it is there (bounded).
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  return message;
}

test.describe("booking", () => {
  test("a resident books, gets the e-mail with .ics, reschedules and cancels", async ({ page }) => {
    await signIn(page, "resident");
    await openResource(page, "Campus Zürich", "Meeting room 1");
    await pickTomorrowSlot(page, "10:00");
    await page.getByRole("button", { name: "Book", exact: true }).click();

    await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Your booking is confirmed" })).toBeVisible();
    await expect(page.getByText("Access control")).toBeVisible();
    const bookingUrl = page.url();

    const mail = await findMail(page, DEMO_ACCOUNTS.resident.email, /confirmed/i);
    const ics = mail.getByTestId("mailbox-attachment").first();
    await expect(ics).toHaveText(/booking\.ics/);
    const response = await page.request.get((await ics.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    await page.goto(bookingUrl);
    await page.getByRole("button", { name: "Reschedule" }).click();
    await pickTomorrowSlot(page, "14:00");
    await page.getByRole("button", { name: "Move booking here" }).click();
    await expect(page.getByText("Your booking has been moved.")).toBeVisible();
    await expect(page.getByText(/14:00/).first()).toBeVisible();

    await page.getByRole("button", { name: "Cancel booking" }).click();
    await page.getByRole("button", { name: "Yes, cancel booking" }).click();
    await expect(page.getByRole("heading", { name: "This booking was cancelled" })).toBeVisible();
  });

  test("a pending booking is approved by an admin and the resident sees it confirmed", async ({ page, browser }) => {
    await signIn(page, "resident");
    await openResource(page, "Wohnpark Nord", "Guest flat");
    await pickTomorrowSlot(page, "12:00");
    await page.getByRole("button", { name: "Book", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Your booking is awaiting approval" })).toBeVisible();
    const bookingUrl = page.url();

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, "admin");
    await admin.goto("/cockpit/bookings?status=pending");
    const row = admin.getByRole("row").filter({ hasText: "Guest flat" }).filter({ hasText: DEMO_ACCOUNTS.resident.name });
    await row.getByRole("button", { name: "Approve" }).click();
    await expect(row.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await adminContext.close();

    await page.goto(bookingUrl);
    await expect(page.getByRole("heading", { name: "Your booking is confirmed" })).toBeVisible();
  });

  test("booking for someone else without a mobile number is refused where the doors need one", async ({ page }) => {
    await signIn(page, "resident");
    await openResource(page, "Wohnpark Nord", "Laundry");
    await pickTomorrowSlot(page, "09:00");
    await page.getByLabel("Book for someone else").check();
    await page.getByLabel("Their name").fill("Guest Person");
    await page.getByRole("button", { name: "Book", exact: true }).click();
    await expect(page.getByText("Please enter their mobile number: this resource sends the door access to it.")).toBeVisible();
    await expect(page).toHaveURL(/\/resources\//);
  });
});

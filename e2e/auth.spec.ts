import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, expectSignedIn, signIn } from "./helpers";

test.describe("sign-in and roles", () => {
  test("a resident signs in with password, sees the portal and is refused the cockpit", async ({ page }) => {
    await signIn(page, "resident");
    await expect(page).toHaveURL("/");
    await expectSignedIn(page, "resident");
    await expect(page.getByRole("heading", { level: 1, name: "Sites" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My bookings" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cockpit" })).toHaveCount(0);

    const response = await page.goto("/cockpit");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Cockpit navigation" })).toHaveCount(0);

    const deep = await page.goto("/cockpit/integrations");
    expect(deep?.status()).toBe(403);
  });

  test("an admin signs in and sees the cockpit", async ({ page }) => {
    await signIn(page, "admin");
    await expectSignedIn(page, "admin");
    await page.getByRole("link", { name: "Cockpit" }).click();
    await expect(page).toHaveURL("/cockpit");
    const nav = page.getByRole("navigation", { name: "Cockpit navigation" });
    for (const section of ["Integrations", "Sites", "Resources", "Access rules", "Bookings", "People", "Audit log"]) {
      await expect(nav.getByRole("link", { name: section })).toBeVisible();
    }
  });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await signIn(page, "resident", "not-the-password");
    const message = page.getByText("Wrong e-mail or password. Please check both and try again.");
    await expect(message).toBeVisible();
    await expect(message).toHaveAttribute("role", "alert");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/bookings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbookings/);
  });

  test("ten wrong passwords for an account lock its password sign-in with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    const form = page.getByRole("form", { name: "Sign in", exact: true });
    // An address of its own, so no other spec's account is locked.
    await form.getByLabel("E-mail").fill("guesser-target@example.test");
    // Each click must reach the server: wait for the action's POST to answer before the next one.
    const submit = async (password: string) => {
      await form.getByLabel("Password").fill(password);
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/sign-in")),
        form.getByRole("button", { name: "Sign in", exact: true }).click(),
      ]);
    };
    for (let attempt = 1; attempt <= 10; attempt++) {
      await submit(`guess-${attempt}`);
      await expect(page.getByText("Wrong e-mail or password. Please check both and try again.")).toBeVisible();
    }
    await submit("guess-11");
    await expect(page.getByText("Too many failed sign-ins. Please wait 15 minutes, or sign in with a link by e-mail.")).toBeVisible();
  });

  test("an invalid e-mail is refused at the field", async ({ page }) => {
    await page.goto("/sign-in");
    const form = page.getByRole("form", { name: "Sign in", exact: true });
    await form.getByLabel("E-mail").fill("not-an-address");
    await form.getByLabel("Password").fill("x");
    await form.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(form.getByText("This is not a valid e-mail address.")).toBeVisible();
  });

  test("a magic link signs in end to end through the dev mailbox", async ({ page, browser }) => {
    await page.goto("/sign-in");
    const form = page.getByRole("form", { name: "Sign in with a link by e-mail" });
    await form.getByLabel("E-mail").fill(DEMO_ACCOUNTS.resident.email);
    await form.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByText("Check your e-mail")).toBeVisible();

    await page.getByRole("link", { name: "Open dev mailbox" }).click();
    const message = page.getByTestId("mailbox-message").filter({ hasText: DEMO_ACCOUNTS.resident.email }).first();
    await expect(message).toContainText("Your Keyslot sign-in link");
    const link = message.getByRole("link", { name: /\/api\/auth\/callback\/email/ });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/token=[0-9a-f]{32,}/);
    await link.click();

    await expect(page).toHaveURL("/");
    await expectSignedIn(page, "resident");

    // The link works once: a second browser (no session) using it again is refused.
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(href!);
    await expect(second).toHaveURL(/\/sign-in\?error=Verification/);
    await expect(second.getByText("This sign-in link is invalid or has expired.")).toBeVisible();
    await other.close();
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, "admin");
    await expectSignedIn(page, "admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/cockpit");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcockpit/);
  });

  test("the sign-in page shows the demo logins in demo mode, and switches to German", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByTestId("demo-logins")).toContainText(DEMO_ACCOUNTS.admin.email);
    await page.getByRole("button", { name: "de", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bei Keyslot anmelden");
  });
});

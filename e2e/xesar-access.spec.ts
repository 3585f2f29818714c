import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "./helpers";
import { simulatorEndpoints, simulatorGet } from "./simulators";

// An EVVA Xesar booking end to end (Wohnpark Nord on the Xesar simulator): Xesar sends the mobile key's
// registration code by SMS itself; the booking page says where it went and until when to activate it, and
// the simulator's outbox holds that SMS.

test("an Xesar booking shows 'code sent by SMS to …, activate within 48 h' and the simulator's outbox has the SMS", async ({ page }) => {
  const phone = DEMO_ACCOUNTS.resident.phone;
  // Other specs and the demo community give this resident Xesar keys too: count what this booking adds.
  const { xesar } = simulatorEndpoints();
  const smsTo = async () => (await simulatorGet<{ to: string; code: string }[]>(xesar.controlUrl, "/outbox")).filter((message) => message.to === phone);
  const before = (await smsTo()).length;
  await signIn(page, "resident");
  await page.goto("/");
  await page.getByRole("link", { name: "Wohnpark Nord", exact: true }).click();
  await page.getByRole("link", { name: "Book Meeting room", exact: true }).click();
  await page.getByRole("button", { name: "Next day" }).click();
  await page.getByRole("button", { name: /^\d\d:\d\d, free/ }).first().click();
  await expect(page.getByTestId("access-preview-door")).toHaveText(["Cloakroom / WC", "Main entrance", "Meeting room"]);
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your booking is confirmed" })).toBeVisible();

  // The page refreshes itself until the grant is activation_pending.
  const sms = page.getByTestId("access-sms");
  await expect(sms).toContainText(/Code sent by SMS to \+43 66\S* [*\d ]+67 on .+; activate within 48 h \(until .+\)\./, { timeout: 30_000 });
  await expect(page.getByTestId("access-credential-status")).toHaveText("Access created; it waits for its activation in the app.");
  await expect(page.getByTestId("access-updating")).toHaveCount(0);
  await expect(sms).not.toContainText(phone);

  expect(await smsTo()).toHaveLength(before + 1);
});

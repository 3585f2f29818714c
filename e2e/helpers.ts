import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../db/demo-accounts";

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;
export { DEMO_ACCOUNTS };

/**
 * Signs in through the real form; specs call this instead of re-typing the form. With the account's own
 * password it also waits until the portal is there; with another password it leaves the result to the spec.
 */
export async function signIn(page: Page, account: DemoAccount, password: string = DEMO_ACCOUNTS[account].password) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in", exact: true });
  await form.getByLabel("E-mail").fill(DEMO_ACCOUNTS[account].email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  if (password === DEMO_ACCOUNTS[account].password) await expectSignedIn(page, account);
}

export async function expectSignedIn(page: Page, account: DemoAccount) {
  await expect(page.getByTestId("signed-in-as")).toContainText(DEMO_ACCOUNTS[account].name);
}

import { expect, test, type Page } from "@playwright/test";
import { DEMO_COMPONENT_IDS } from "../lib/locks/exivo/simulator/demo-installation";
import { DEMO_ACCOUNTS, signIn } from "./helpers";
import { simulatorEndpoints, simulatorGet } from "./simulators";

// The digital key end to end on the exivo demo site (the e2e server runs the lock simulators): the resident
// books, the key e-mail arrives in the dev mailbox, its link and PIN log in and show the doors; five wrong
// PINs lock the link. Opening a door needs the booking window to be now: the demo's "Focus room" is bookable
// at short notice and its door opens 15 minutes before the booking, so its next free slot's access is live.

async function bookTomorrow(page: Page, time: string) {
  await page.goto("/");
  await page.getByRole("link", { name: "Campus Zürich", exact: true }).click();
  await page.getByRole("link", { name: "Book Meeting room 1", exact: true }).click();
  await page.getByRole("button", { name: "Next day" }).click();
  await page.getByRole("button", { name: new RegExp(`^${time}, free`) }).click();
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your booking is confirmed" })).toBeVisible();
}

/** The newest key e-mail to the resident: its link and PIN (the grant becomes active in a job: reload, bounded). */
async function readKeyMail(page: Page, seen: string[] = []) {
  let text = "";
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const mails = page.getByTestId("mailbox-message").filter({ hasText: DEMO_ACCOUNTS.resident.email }).filter({ hasText: /digital key/i });
    const texts = await mails.allInnerTexts();
    text = texts.find((candidate) => !seen.some((old) => candidate.includes(old))) ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout: 30_000 });
  const link = /https?:\/\/\S+\/key\/[A-Za-z0-9_-]{43}/.exec(text)![0];
  const pin = /PIN: (\d{6})/.exec(text)![1]!;
  return { link, pin };
}

/** Books the Focus room's first free slot (today, else tomorrow) and returns to the booking page. */
async function bookFocusRoomNow(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "Campus Zürich", exact: true }).click();
  await page.getByRole("link", { name: "Book Focus room", exact: true }).click();
  const firstFree = page.getByRole("button", { name: /^\d\d:\d\d, free/ }).first();
  // Open day and night: the grid always has slots (past ones disabled); wait for it before counting free ones.
  await expect(page.getByRole("button", { name: /^\d\d:\d\d, / }).first()).toBeVisible();
  if ((await firstFree.count()) === 0) await page.getByRole("button", { name: "Next day" }).click();
  await firstFree.click();
  // The preview names the doors the plan opens: the room's own and the site's always-open ones.
  await expect(page.getByTestId("access-preview-door")).toHaveText(["Cloakroom / WC", "Focus room", "Main entrance"]);
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your booking is confirmed" })).toBeVisible();
}

test.describe("digital key", () => {
  test("the resident opens the key from the e-mail, logs in with the PIN and sees the doors", async ({ page }) => {
    await signIn(page, "resident");
    await bookTomorrow(page, "09:00");
    const { link, pin } = await readKeyMail(page);

    await page.context().clearCookies();
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "Digital key" })).toBeVisible();
    await page.getByLabel("PIN", { exact: true }).fill(pin);
    await page.getByRole("button", { name: "LOGIN" }).click();
    const doors = page.getByTestId("key-door");
    await expect(doors).toHaveText(["Cloakroom / WC", "Main entrance", "Meeting room 1"]);
    await expect(page.getByRole("button", { name: "Open" })).toHaveCount(3);
    await expect(page.getByTestId("key-period")).toContainText("09:00");

    // Outside the window "Open" is refused with the reason.
    await page.getByRole("listitem").filter({ hasText: "Meeting room 1" }).getByRole("button", { name: "Open" }).click();
    await expect(page.getByTestId("key-open-message")).toContainText("Not yet");

    await page.goto("/key/unknown-token-that-does-not-exist");
    await expect(page.getByText("This key is no longer valid")).toBeVisible();
  });

  // Before the lockout test: its five wrong PINs lock this client address for 15 minutes.
  test("the resident books the Focus room now, opens the key from the e-mail, enters the PIN and opens the door", async ({ page }) => {
    await signIn(page, "resident");
    const before = await page.goto("/dev/mailbox").then(() => page.getByTestId("mailbox-message").allInnerTexts());
    const oldLinks = before.flatMap((text) => /\/key\/[A-Za-z0-9_-]{43}/.exec(text) ?? []);
    await bookFocusRoomNow(page);
    const bookingUrl = page.url();
    // The booking page follows the grant until it is active, then shows the PIN, the link and the e-mail.
    const credential = page.getByTestId("access-credential");
    await expect(credential.getByTestId("access-credential-status")).toHaveText("Access created and active.", { timeout: 30_000 });
    const shownPin = await credential.getByTestId("access-pin").innerText();
    const shownLink = await credential.getByTestId("access-key-link").getAttribute("href");

    const { link, pin } = await readKeyMail(page, oldLinks);
    expect(pin).toBe(shownPin);
    expect(link).toBe(shownLink);
    // The page keeps refreshing until the message is handed over.
    await page.goto(bookingUrl);
    await expect(page.getByTestId("access-deliveries")).toContainText(/E-mail to r\*\*\*@demo\.keyslot\.app: sent, /);
    await expect(page.getByTestId("access-updating")).toHaveCount(0);

    await page.context().clearCookies();
    await page.goto(new URL(link).pathname);
    await page.getByLabel("PIN", { exact: true }).fill(pin);
    await page.getByRole("button", { name: "LOGIN" }).click();
    await expect(page.getByTestId("key-door")).toHaveText(["Cloakroom / WC", "Focus room", "Main entrance"]);
    await page.getByRole("listitem").filter({ hasText: "Focus room" }).getByRole("button", { name: "Open" }).click();
    await expect(page.getByTestId("key-open-message")).toContainText("Focus room is open.");

    // The lock system saw it: the exivo simulator logged the unlock of the Focus room's door.
    const { exivo } = simulatorEndpoints();
    const unlocks = await simulatorGet<{ componentId: string }[]>(exivo!.controlUrl, "/unlocks");
    expect(unlocks.map((unlock) => unlock.componentId)).toContain(DEMO_COMPONENT_IDS.focusRoom);
  });

  test("five wrong PINs lock the link with a clear message", async ({ page }) => {
    await signIn(page, "resident");
    const before = await page.goto("/dev/mailbox").then(() => page.getByTestId("mailbox-message").allInnerTexts());
    const oldLinks = before.flatMap((text) => /\/key\/[A-Za-z0-9_-]{43}/.exec(text) ?? []);
    await bookTomorrow(page, "13:00");
    const { link, pin } = await readKeyMail(page, oldLinks);
    const wrong = pin === "000000" ? "111111" : "000000";

    await page.context().clearCookies();
    await page.goto(new URL(link).pathname);
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.getByLabel("PIN", { exact: true }).fill(wrong);
      await page.getByRole("button", { name: "LOGIN" }).click();
      await expect(page.getByTestId("key-pin-message")).toContainText(`${5 - attempt} attempts left`);
    }
    await page.getByLabel("PIN", { exact: true }).fill(wrong);
    await page.getByRole("button", { name: "LOGIN" }).click();
    await expect(page.getByTestId("key-pin-message")).toContainText("locked for 15 minutes");
    // Even the right PIN is refused now.
    await page.getByLabel("PIN", { exact: true }).fill(pin);
    await page.getByRole("button", { name: "LOGIN" }).click();
    await expect(page.getByTestId("key-pin-message")).toContainText("locked for 15 minutes");
    await expect(page.getByTestId("key-door")).toHaveCount(0);
  });
});

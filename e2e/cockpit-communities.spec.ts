import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// People and communities in the cockpit against the demo lock simulators. The demo seed gives the community
// "Building A residents" (Wohnpark Nord, EVVA Xesar) an "access through communities" rule for the laundry:
// the admin invites a person (the invitation's sign-in link works), adds them to the community, sees their
// mobile key issued (activation pending: Xesar sent the code by SMS), removes them and sees it removed.

const person = { name: "Carla Community", email: "carla.community@example.test", phone: "0664 7654321" };

async function openCommunity(page: Page) {
  await page.goto("/cockpit/communities");
  await page.getByRole("link", { name: "Building A residents", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Building A residents", level: 1 })).toBeVisible();
}

test.describe("cockpit: people and communities", () => {
  test("an invited person gets community access through the rule, and loses it when removed", async ({ page, browser }) => {
    await signIn(page, "admin");

    await page.goto("/cockpit/people");
    const invite = page.getByRole("form", { name: "Invite a person" });
    await invite.getByLabel("Name").fill(person.name);
    await invite.getByLabel("E-mail").fill("not-an-address");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByText("This is not a valid e-mail address.")).toBeVisible();
    await invite.getByLabel("E-mail").fill(person.email);
    await invite.getByLabel("Mobile number").fill(person.phone);
    await invite.getByLabel("Language").selectOption("en");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${person.email}.`)).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(person.name) })).toContainText("+436647654321");

    // The invitation's sign-in link signs the new person in.
    let link = "";
    await expect(async () => {
      await page.goto("/dev/mailbox");
      const mail = page.getByTestId("mailbox-message").filter({ hasText: person.email }).filter({ hasText: /invites you/ });
      link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec((await mail.allInnerTexts()).join("\n"))?.[0] ?? "";
      expect(link).not.toBe("");
    }).toPass({ timeout: 20_000 });
    const invited = await browser.newContext();
    const invitedPage = await invited.newPage();
    await invitedPage.goto(link);
    await expect(invitedPage.getByTestId("signed-in-as")).toContainText(person.name);
    await invited.close();

    await openCommunity(page);
    await expect(page.getByText(/Doors: Laundry/)).toBeVisible();
    const add = page.getByRole("form", { name: "Add member" });
    await add.getByLabel("Person").selectOption({ label: `${person.name} (${person.email})` });
    await add.getByRole("button", { name: "Add member" }).click();
    const row = page.getByTestId(`member-${person.email}`);
    await expect(row).toBeVisible();
    // Xesar issues the mobile key and sends the registration code by SMS: activation pending.
    await expect(row).toContainText("Activation pending", { timeout: 30_000 });

    await row.getByRole("button", { name: `Remove ${person.name} from Building A residents` }).click();
    await expect(row).toHaveCount(0);
    const former = page.getByTestId(`former-${person.email}`);
    await expect(former).toContainText(/Removal pending|Removed/);
    await expect(former).toContainText("Removed", { timeout: 30_000 });
  });
});

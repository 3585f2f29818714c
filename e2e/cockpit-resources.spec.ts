import { expect, test, type Page } from "@playwright/test";
import { DEMO_COMPONENT_IDS, DEMO_ZONE_IDS } from "../lib/locks/exivo/simulator/demo-installation";
import { signIn } from "./helpers";

// The cockpit's resource and access-rule tools against the production build with the demo lock simulators:
// "Campus Zürich" is connected to the exivo simulator, whose synced doors include a gateway and a zone.

const SEMINAR = `accessPoint:${DEMO_COMPONENT_IDS.seminarRoom}`;

async function openSeminarRoom(page: Page) {
  await page.goto("/cockpit/resources");
  await page.getByRole("link", { name: "Seminar room", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seminar room" })).toBeVisible();
  return page.getByRole("textbox", { name: "Access Control Identifier" });
}

test.describe("cockpit: resources and access rules", () => {
  test("the admin sets a resource's identifier: typed mistakes are named precisely, the picker writes a valid one", async ({ page }) => {
    await signIn(page, "admin");
    const identifier = await openSeminarRoom(page);
    await expect(identifier).toHaveValue(SEMINAR);
    const fieldError = page.locator("#resource-identifier-error");

    // Checked as the admin types: grammar first, then the doors synced from the lock system.
    await identifier.fill("Seminar:room");
    await expect(fieldError).toHaveText('"Seminar" in "Seminar:room" is not a kind: use accessPoint or zone.');
    await identifier.fill(`${SEMINAR},accessPoint:${DEMO_COMPONENT_IDS.gateway}`);
    await expect(fieldError).toHaveText(`"accessPoint:${DEMO_COMPONENT_IDS.gateway}" is the gateway "Gateway", not a door: a gateway cannot be opened.`);
    await identifier.fill("accessPoint:not-a-door");
    await expect(fieldError).toHaveText('"accessPoint:not-a-door": the lock system has no door or zone with the ID "not-a-door".');

    // The server refuses it too, and nothing is stored.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
    await page.reload();
    await expect(identifier).toHaveValue(SEMINAR);

    // The picker: gateways are listed but cannot be chosen; doors and zones are ticked with the keyboard.
    const picker = page.getByRole("group", { name: "Choose doors" });
    await expect(picker.getByRole("checkbox", { name: /Gateway/ })).toBeDisabled();
    await expect(picker.getByRole("checkbox", { name: /Seminar room/ })).toBeChecked();
    await picker.getByRole("checkbox", { name: /Ground floor/ }).focus();
    await page.keyboard.press("Space");
    await picker.getByRole("checkbox", { name: /Seminar room/ }).focus();
    await page.keyboard.press("Space");
    await expect(identifier).toHaveValue(`zone:${DEMO_ZONE_IDS.groundFloor}`);
    await page.keyboard.press("Space");
    await expect(identifier).toHaveValue(`zone:${DEMO_ZONE_IDS.groundFloor},${SEMINAR}`);
    await expect(page.getByTestId("resource-identifier-opens")).toHaveText("Opens: Ground floor, Seminar room");

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("The resource has been saved.")).toBeVisible();
    await page.reload();
    await expect(identifier).toHaveValue(`zone:${DEMO_ZONE_IDS.groundFloor},${SEMINAR}`);
    await page.goto("/cockpit/resources");
    await expect(page.getByRole("row").filter({ hasText: "Seminar room" })).toContainText(`zone:${DEMO_ZONE_IDS.groundFloor},${SEMINAR}`);
  });

  test("the admin creates a booking access rule with buffers; the list and the dry run show them", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/cockpit/access-rules");
    // The demo has rules of its own (Focus room, the community); the Seminar room has none yet.
    await expect(page.getByRole("table", { name: "Access rules" }).getByRole("row").filter({ hasText: "Seminar room" })).toHaveCount(0);

    await page.getByRole("button", { name: "Add access rule" }).click();
    const form = page.getByRole("form", { name: "New access rule" });
    await form.getByLabel("Resource").selectOption({ label: "Campus Zürich – Seminar room" });
    await form.getByLabel("Access starts before the booking (minutes)").fill("15");
    await form.getByLabel("Access ends after the booking (minutes)").fill("30");
    await expect(form.getByLabel("Credential")).toHaveValue("pin_link");
    await form.getByLabel("Also send the PIN and key link by SMS").check();
    await form.getByRole("button", { name: "Create rule" }).click();

    await expect(page.getByText("The access rule has been created.")).toBeVisible();
    const row = page.getByRole("table", { name: "Access rules" }).getByRole("row").filter({ hasText: "Seminar room" });
    await expect(row).toContainText("15 min before, 30 min after");
    await expect(row).toContainText("Digital-key link and PIN");
    await expect(row).toContainText("PIN by SMS");

    // Dry run: the example booking tomorrow 10:00-11:00 gets door access 09:45-11:30.
    const preview = page.getByRole("form", { name: "Dry run: what would a booking open?" });
    await preview.getByLabel("Resource").selectOption({ label: "Campus Zürich – Seminar room" });
    await preview.getByRole("button", { name: "Show access" }).click();
    const window = page.getByTestId("access-preview-window");
    await expect(window).toContainText("09:45");
    await expect(window).toContainText("11:30");
    await expect(window).toContainText("15 min before, 30 min after the booking");
    const doors = page.getByTestId("access-preview").getByRole("table");
    await expect(doors).toContainText("Seminar room");
    await expect(doors).toContainText("Main entrance");
    await expect(doors).toContainText("always open at the site");

    // Edit the buffer, then delete the rule: the list follows.
    await row.getByRole("button", { name: "Edit the rule for Seminar room" }).click();
    await page.getByRole("form", { name: "Edit access rule" }).getByLabel("Access ends after the booking (minutes)").fill("45");
    await page.getByRole("form", { name: "Edit access rule" }).getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("The access rule has been saved.")).toBeVisible();
    await expect(row).toContainText("15 min before, 45 min after");
    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: "Delete the rule for Seminar room" }).click();
    await expect(page.getByText("The access rule has been deleted.")).toBeVisible();
    await expect(row).toHaveCount(0);
  });
});

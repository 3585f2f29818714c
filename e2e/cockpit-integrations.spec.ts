import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { DEMO_SITE } from "../lib/locks/exivo/simulator/demo-installation";
import { signIn } from "./helpers";
import { simulatorEndpoints } from "./simulators";

// An admin connects the lock systems against the simulators the e2e server runs: exivo with a wrong, then the
// right API secret (clear failure, then success, doors synced, the gateway not selectable, also not as a
// site's always-open door), and EVVA Xesar from the operator's configuration zip built from the simulator's
// state dir. The raw HTML of every page visited is scanned for the secrets.

const endpoints = simulatorEndpoints();
const WRONG_SECRET = "00000000-wrong-secret-0000-000000000000";

/** The served HTML of a page (including the RSC payload), fetched with the admin's cookies. */
async function expectNoSecrets(page: Page, secrets: string[]) {
  // A fresh connection: a kept-alive one the server has just closed answers ECONNRESET.
  const response = await page.request.get(page.url(), { headers: { connection: "close" } });
  const html = await response.text();
  expect(response.ok()).toBe(true);
  for (const secret of secrets) expect(html.includes(secret), `page ${page.url()} contains a secret`).toBe(false);
  expect(await page.content()).not.toContain(secrets[0]!);
}

function configZip(options: { drop?: string } = {}): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of ["ca.pem", "mqtt.pem", "mqtt.key", "api.properties"]) {
    if (name !== options.drop) files[name] = strToU8(readFileSync(path.join(endpoints.xesar.stateDir, name), "utf8"));
  }
  return Buffer.from(zipSync(files));
}

test.describe("cockpit: lock integrations and sites", () => {
  // Each test walks several pages and calls the lock systems; the default minute is too tight on a shared machine.
  test.describe.configure({ timeout: 150_000 });

  test("exivo: wrong credentials fail clearly, the right ones verify, doors sync, a gateway cannot be chosen", async ({ page }) => {
    test.skip(!endpoints.exivo, "exivo simulator not running (vendor swagger missing)");
    const exivo = endpoints.exivo!;
    const secrets = [DEMO_SITE.apiSecret, DEMO_SITE.apiKey, WRONG_SECRET];
    await signIn(page, "admin");
    await page.goto("/cockpit/integrations");
    await page.getByRole("link", { name: "Connect dormakaba exivo" }).click();

    const form = page.getByRole("form", { name: "Connection" });
    await form.getByLabel("Name", { exact: true }).fill("exivo e2e");
    await form.getByLabel("API base URL").fill(exivo.baseUrl);
    // A malformed site ID is refused at the field before anything is sent.
    await form.getByLabel("Site ID").fill("not-a-uuid");
    await form.getByLabel("API key").fill(DEMO_SITE.apiKey);
    await form.getByLabel("API secret").fill(WRONG_SECRET);
    await form.getByRole("button", { name: "Save connection" }).click();
    await expect(form.getByText("The site ID is a UUID")).toBeVisible();
    await form.getByLabel("Site ID").fill(DEMO_SITE.siteId);
    await form.getByRole("button", { name: "Save connection" }).click();
    await expect(page).toHaveURL(/\/cockpit\/integrations\/[0-9a-f-]{36}$/);

    await page.getByRole("button", { name: "Verify authentication" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Authentication failed (wrong credentials or missing permission)" })).toBeVisible();
    await expect(page.getByText("Failed", { exact: true })).toBeVisible();

    // The stored secrets are never shown: only that they are set. A new secret replaces the wrong one.
    const detailForm = page.getByRole("form", { name: "Connection" });
    await expect(detailForm.getByLabel("API secret")).toHaveValue("");
    await expect(detailForm.getByText(/^Set\. Stored encrypted/).first()).toBeVisible();
    await detailForm.getByLabel("API secret").fill(DEMO_SITE.apiSecret);
    await detailForm.getByRole("button", { name: "Save connection" }).click();
    await expect(detailForm.getByText("Saved. Verify the authentication next.")).toBeVisible();
    await expect(detailForm.getByLabel("API secret")).toHaveValue("");

    await page.getByRole("button", { name: "Verify authentication" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Authenticated: connected to “${DEMO_SITE.name}”.` })).toBeVisible();
    await expect(page.getByText("Verified", { exact: true })).toBeVisible();
    await expect(detailForm.getByText(/^Set, last verified/).first()).toBeVisible();

    await page.getByRole("button", { name: "Sync doors" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Synced: 8 doors and zones (8 new, 0 removed)." })).toBeVisible();
    const doors = page.getByRole("table", { name: "Doors and zones" });
    await expect(doors.getByRole("row", { name: /Main entrance/ })).toContainText("Yes");
    await expect(doors.getByRole("row", { name: /Ground floor/ })).toContainText("Zone");
    await expect(doors.getByRole("row", { name: /^Gateway/ })).toContainText("Gateway: not a door, cannot be chosen");
    await expectNoSecrets(page, secrets);

    // A site on this lock system: the gateway is offered but cannot be ticked as an always-open door.
    await page.goto("/cockpit/sites");
    await page.getByRole("link", { name: "New site" }).click();
    const siteForm = page.getByRole("form", { name: "Sites" });
    await siteForm.getByLabel("Name", { exact: true }).fill("Campus e2e");
    await siteForm.getByLabel("Time zone").selectOption("Europe/Zurich");
    await siteForm.getByLabel("Lock system").selectOption({ label: "exivo e2e" });
    await expect(siteForm.getByRole("checkbox", { name: "Gateway" })).toBeDisabled();
    await expect(siteForm.getByText("Gateway: choosing it would break access")).toBeVisible();
    await siteForm.getByRole("checkbox", { name: "Main entrance" }).check();
    await siteForm.getByLabel("English text").fill("Ring at the main entrance.");
    await siteForm.getByRole("button", { name: "Save site" }).click();
    await expect(page).toHaveURL(/\/cockpit\/sites\/[0-9a-f-]{36}$/);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Main entrance" })).toBeChecked();
    await expect(page.getByLabel("English text")).toHaveValue("Ring at the main entrance.");
    await expectNoSecrets(page, secrets);
    await page.goto("/cockpit/integrations");
    await expectNoSecrets(page, secrets);
  });

  test("Xesar: a zip without the key is refused clearly; the operator's zip connects and verifies", async ({ page }) => {
    const token = /token=(.+)/.exec(readFileSync(path.join(endpoints.xesar.stateDir, "api.properties"), "utf8"))![1]!.trim();
    await signIn(page, "admin");
    await page.goto("/cockpit/integrations");
    await page.getByRole("link", { name: "Connect EVVA Xesar" }).click();

    const form = page.getByRole("form", { name: "Connection" });
    await form.getByLabel("Name", { exact: true }).fill("Xesar e2e");
    await form.getByLabel("Broker address").fill(endpoints.xesar.brokerUrl);
    await form.getByLabel("Installation time zone").selectOption("Europe/Vienna");
    await form.getByLabel("Configuration zip", { exact: true }).setInputFiles({ name: "xesar-api.zip", mimeType: "application/zip", buffer: configZip({ drop: "mqtt.key" }) });
    await form.getByRole("button", { name: "Save connection" }).click();
    await expect(form.getByText("The zip has no mqtt.key (the client key).").first()).toBeVisible();

    await form.getByLabel("Configuration zip", { exact: true }).setInputFiles({ name: "xesar-api.zip", mimeType: "application/zip", buffer: configZip() });
    await form.getByRole("button", { name: "Save connection" }).click();
    await expect(page).toHaveURL(/\/cockpit\/integrations\/[0-9a-f-]{36}$/);

    await page.getByRole("button", { name: "Verify authentication" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Authenticated: connected to" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Verified", { exact: true })).toBeVisible();
    await expectNoSecrets(page, [token, "PRIVATE KEY"]);
  });
});

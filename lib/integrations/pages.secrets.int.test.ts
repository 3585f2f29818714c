import { isValidElement, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/db/testing-hooks";
import { createSite } from "@/db/factories";
import { createSecurityCast } from "@/lib/testing/action-security";
import { saveIntegration } from "./service";
import IntegrationsPage from "@/app/(cockpit)/cockpit/integrations/page";
import IntegrationPage from "@/app/(cockpit)/cockpit/integrations/[integrationId]/page";
import SitesPage from "@/app/(cockpit)/cockpit/sites/page";
import NewSitePage from "@/app/(cockpit)/cockpit/sites/new/page";
import EditSitePage from "@/app/(cockpit)/cockpit/sites/[siteId]/page";

vi.mock("@/lib/auth/auth", () => import("@/lib/testing/session-double"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("next/server", () => ({ connection: async () => {} }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

// The cockpit pages render as server components: everything they hand to the browser is in the element tree
// they return (texts, and the props of client components). This walks that tree and looks for the secrets.
// The e2e spec scans the real HTML of the built pages as well.

const testDb = useTestDatabase();

const SECRETS = {
  apiKey: "exivo-api-key-6d3e1b2a-never-shown",
  apiSecret: "exivo-api-secret-9f8e7d6c-never-shown",
  token: "xesar-token-2c4e6a8b-never-shown",
  keyPem: "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC-never-shown\n-----END PRIVATE KEY-----",
};

function collectText(node: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (node === null || node === undefined || typeof node === "boolean" || typeof node === "function" || typeof node === "symbol") return out;
  if (typeof node !== "object") return (out.push(String(node)), out);
  if (seen.has(node)) return out;
  seen.add(node);
  if (node instanceof Date) return (out.push(node.toISOString()), out);
  if (isValidElement(node)) return collectText((node as { props: unknown }).props, out, seen);
  for (const [key, value] of Object.entries(node)) if (!key.startsWith("_")) collectText(value, out, seen);
  return out;
}

async function render(page: Promise<ReactNode>): Promise<string> {
  return collectText(await page).join("\n");
}

describe("no cockpit page hands a secret to the browser", () => {
  it("integrations list, integration detail, sites list, site forms", async () => {
    const cast = await createSecurityCast(testDb.database);
    const actor = { userId: cast.admin.id, orgId: cast.org.id };
    const exivo = await saveIntegration({
      actor,
      vendor: "exivo",
      input: { name: "exivo Campus", baseUrl: "https://api.exivo.io/v1", siteId: "5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11", apiKey: SECRETS.apiKey, apiSecret: SECRETS.apiSecret },
    });
    const xesar = await saveIntegration({
      actor,
      vendor: "xesar",
      input: {
        name: "Xesar Nord",
        source: "pem",
        brokerUrl: "mqtt://127.0.0.1:1",
        userId: "0b9f3a52-8c1d-4e7a-9f10-2a3b4c5d6e7f",
        installationTimeZone: "Europe/Vienna",
        token: SECRETS.token,
        caPem: "",
        certPem: "",
        keyPem: SECRETS.keyPem,
        configZip: "",
      },
    });
    const site = await createSite(testDb.database.db, cast.org.id, { integrationId: exivo.id });
    cast.asAdmin();

    const pages = {
      integrations: await render(IntegrationsPage()),
      exivo: await render(IntegrationPage({ params: Promise.resolve({ integrationId: exivo.id }) })),
      xesar: await render(IntegrationPage({ params: Promise.resolve({ integrationId: xesar.id }) })),
      sites: await render(SitesPage()),
      newSite: await render(NewSitePage()),
      editSite: await render(EditSitePage({ params: Promise.resolve({ siteId: site.id }) })),
    };
    // The pages did render what they are for (else "no secret" would prove nothing).
    expect(pages.exivo).toContain("5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11");
    expect(pages.xesar).toContain("mqtt://127.0.0.1:1");
    expect(pages.integrations).toContain("Xesar Nord");
    expect(pages.editSite).toContain("exivo Campus");
    for (const [name, html] of Object.entries(pages)) {
      for (const secret of [...Object.values(SECRETS), "PRIVATE KEY", "never-shown"]) {
        expect(html.includes(secret), `${name} contains ${secret.slice(0, 24)}`).toBe(false);
      }
    }
  });
});

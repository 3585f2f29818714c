import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const ignored = ["**/node_modules/**", "**/.next/**", "**/.data/**", "e2e/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; tests call those modules directly.
      "server-only": path.join(root, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    // Fixed test-only secrets, so no test ever generates one into the developer's .env.local.
    env: {
      AUTH_SECRET: "test-only-auth-secret-0123456789abcdef0123456789",
      KEYSLOT_ENCRYPTION_KEYS: "test:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    },
    projects: [
      { extends: true, test: { name: "unit", include: ["**/*.test.ts"], exclude: [...ignored, "**/*.int.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ignored,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

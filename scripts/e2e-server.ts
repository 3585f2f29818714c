// The server the e2e specs run against: the production build on a fresh embedded database with demo data.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dataDir = path.resolve(".data", `e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });

const child = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    KEYSLOT_DEMO: "1",
    KEYSLOT_DATA_DIR: dataDir,
    AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
    KEYSLOT_ENCRYPTION_KEYS: "e2e:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    RESEND_API_KEY: "",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

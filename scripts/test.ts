// `npm test`: unit + integration (PGlite; and PostgreSQL when TEST_DATABASE_URL is set), a production
// build, e2e on Debian's chromium, then one summary line "N passed, N failed" (non-zero exit on any failure).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";

const REPORTS = ".reports";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reports: string[] = [];
let stepFailed = false;

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n[test] ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const ok = result.status === 0;
  if (!ok) console.error(`[test] ${title}: failed (exit ${result.status ?? result.signal})`);
  return ok;
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const { TEST_DATABASE_URL, ...withoutServer } = process.env;
reports.push(`${REPORTS}/vitest.json`);
run("unit + integration on PGlite", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${REPORTS}/vitest.json`], withoutServer);

if (TEST_DATABASE_URL) {
  reports.push(`${REPORTS}/vitest-postgres.json`);
  run("integration on PostgreSQL (TEST_DATABASE_URL)", "npx", [
    // The lock drivers and the CLI do not touch the database: they ran once already.
    "vitest", "run", "--project", "integration", "--exclude", "lib/locks/**", "--exclude", "scripts/**",
    "--reporter=default", "--reporter=json", `--outputFile=${REPORTS}/vitest-postgres.json`,
  ]);
}

// Listed up front: if e2e cannot run, its missing report counts as a failure in the summary.
reports.push(`${REPORTS}/playwright.json`);
if (!existsSync(chromium)) {
  console.error(
    `\n[test] Chromium is missing at ${chromium}: the e2e tests cannot run.\n` +
      "       Install Debian's package:  sudo apt-get install -y chromium\n" +
      "       (or set CHROMIUM_PATH to another Chromium binary; `npx playwright install` is not needed).",
  );
  stepFailed = true;
} else if (run("production build for e2e", "npx", ["next", "build"])) {
  run("e2e (Playwright on Debian chromium)", "npx", ["playwright", "test"]);
} else {
  stepFailed = true;
}

const summary = spawnSync("npx", ["tsx", "scripts/test-summary.ts", ...reports], { stdio: "inherit" });
process.exit(stepFailed || summary.status !== 0 ? 1 : 0);

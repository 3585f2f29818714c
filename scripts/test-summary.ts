// Reads the JSON reports of vitest and Playwright and prints the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

type Counts = { passed: number; failed: number; skipped: number };

function fromVitest(report: { numPassedTests: number; numFailedTests: number; numPendingTests?: number; numTodoTests?: number }): Counts {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

function fromPlaywright(report: { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] }): Counts {
  const { expected, unexpected, flaky, skipped } = report.stats;
  // A global error (server failed to start) means nothing ran: count it as a failure, never as success.
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped };
}

export function summarize(files: string[]): Counts & { missing: string[] } {
  const total = { passed: 0, failed: 0, skipped: 0, missing: [] as string[] };
  for (const file of files) {
    if (!existsSync(file)) {
      total.missing.push(file);
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const counts = "stats" in report ? fromPlaywright(report) : fromVitest(report);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed, skipped, missing } = summarize(process.argv.slice(2));
  for (const file of missing) console.error(`[test] missing report ${file}: that suite did not run`);
  const failures = failed + missing.length;
  console.log(`${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failures > 0 ? 1 : 0);
}

#!/usr/bin/env node
// Prints one `LABEL: N passed, N failed, N skipped` line per test report, the form CI reads.
//   node e2e/scripts/summarize.mjs unit=test-results/vitest.json e2e=test-results/e2e.json
// A missing or unreadable report prints `LABEL: 0 passed, 1 failed` so it can never read as green.
// Exit code: 0 when every report was read and had no failures, 1 otherwise.
import { readFileSync } from 'node:fs';

function vitest(report) {
  let failed = report.numFailedTests ?? 0;
  // A file that fails to load has no failed test, only a failed suite; an unhandled error only
  // turns `success` false. Neither may read as green.
  if (failed === 0) failed = report.numFailedTestSuites ?? 0;
  if (failed === 0 && report.success === false) failed = 1;
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwright(report) {
  const s = report.stats ?? {};
  const errors = Array.isArray(report.errors) ? report.errors.length : 0; // e.g. global setup failed
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + errors,
    skipped: s.skipped ?? 0,
    flaky: s.flaky ?? 0,
  };
}

let ok = true;
for (const arg of process.argv.slice(2)) {
  const [label, file] = arg.includes('=') ? arg.split('=', 2) : ['tests', arg];
  let counts;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    counts = 'stats' in report && 'suites' in report ? playwright(report) : vitest(report);
  } catch (error) {
    console.error(`${label}: could not read ${file}: ${error.message}`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  if (counts.failed > 0) ok = false;
  if (counts.flaky) console.log(`${label}: ${counts.flaky} test(s) passed only on retry`);
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
process.exit(ok ? 0 : 1);

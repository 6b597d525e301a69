// A test-runner reporter that ends the run with the plain line CI reads:
// "N passed, N failed". Under `npm test` (scripts/run-tests.mjs) the line is handed
// over in a file and printed after the runner's own closing output, so it is the last line.
import { writeFileSync } from 'node:fs';

export function countReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.passed) passed++;
      else if (test.error) failed++;
      else skipped++; // skipped, or left out by a grep
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as one failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
    },
    stop() {
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      if (process.env.ALLY_TEST_COUNT_FILE) writeFileSync(process.env.ALLY_TEST_COUNT_FILE, line);
      else console.log(`\n${line}`);
    },
  };
}

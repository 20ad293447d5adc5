// A CI-readable last line for @web/test-runner: `wtr: N passed, N failed, N skipped`.
// wtr's own summary is a progress bar, not a line a script can grep (TOOLCHAIN §2f).

function count(suite, acc) {
  if (!suite) return acc;
  for (const test of suite.tests ?? []) {
    if (test.skipped) acc.skipped++;
    else if (test.passed) acc.passed++;
    else acc.failed++;
  }
  for (const child of suite.suites ?? []) count(child, acc);
  return acc;
}

export function countReporter() {
  let line = '';
  return {
    // Printed at process exit so it is the very last line (after wtr's own summary).
    start() {
      process.once('exit', () => {
        if (line) process.stdout.write(line);
      });
    },
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, acc);
        // A file that failed to import (or timed out) has no test results but is a failure.
        const results = session.testResults;
        if (!session.passed && (!results || results.tests.length + results.suites.length === 0)) acc.failed++;
      }
      line = `\nwtr: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`;
    },
  };
}

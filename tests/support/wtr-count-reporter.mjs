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
      const total = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      for (const session of sessions) {
        const acc = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, acc);
        // A file that failed to import (or timed out) has no test results but is a failure.
        const results = session.testResults;
        if (!session.passed && (!results || results.tests.length + results.suites.length === 0)) acc.failed++;
        const browser = byBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const key of Object.keys(acc)) {
          browser[key] += acc[key];
          total[key] += acc[key];
        }
        byBrowser.set(session.browser.name, browser);
      }
      const summary = (acc) => `${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped`;
      // Every engine's own count (so a browser that ran nothing shows), then the total on the last line.
      line = '\n';
      for (const [name, acc] of byBrowser) line += `wtr ${name}: ${summary(acc)}\n`;
      line += `wtr: ${summary(total)}\n`;
    },
  };
}

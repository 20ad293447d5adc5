// Browser tests for the elements, in both engines shoppers use: Debian Chromium driven by Playwright and
// Debian Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright needs its own patched Firefox,
// and Debian has no geckodriver). No browser download. TS and legacy decorators through esbuild, no server
// (a widget without `server` never connects). BROWSERS=chromium (or firefox) runs one engine only.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { countReporter } from './tests/support/wtr-count-reporter.mjs';
import { emulateMediaPlugin } from './tests/support/wtr-emulate-media.mjs';

/**
 * @web/dev-server-esbuild hands the tsconfig file to esbuild as `tsconfigRaw`, which ignores `extends`:
 * with ./tsconfig.json as is, experimentalDecorators and useDefineForClassFields (set in
 * tsconfig.base.json) are lost and Lit throws "Unsupported decorator location: field". So the chain is
 * flattened here and esbuild gets the merged compilerOptions.
 */
function flattenTsconfig(path) {
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parent = config.extends ? flattenTsconfig(resolve(dirname(path), config.extends)) : {};
  return { compilerOptions: { ...parent.compilerOptions, ...config.compilerOptions } };
}
const tsconfig = join(tmpdir(), 'cs-widget-wtr-tsconfig.json');
writeFileSync(tsconfig, JSON.stringify(flattenTsconfig(join(import.meta.dirname, 'tsconfig.json'))));

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', // required as root (Playwright adds it by default too)
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer, // a custom instance, so that launchOptions.browser is honoured
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        // Lets tests/support/wtr-emulate-media.mjs set the preferences behind media features.
        args: ['--remote-allow-system-access'],
        // No network checks in the background (puppeteer-core turns off updates, safe browsing and reports).
        extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false },
      },
    }),
};

/** BROWSERS=chromium,firefox (the default: both), or one of them. */
function selectedBrowsers() {
  const names = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(name in launchers));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`BROWSERS=${process.env.BROWSERS}: use chromium, firefox or both, comma-separated.`);
  }
  return names.map((name) => launchers[name]());
}

export default {
  files: ['tests/elements/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // The (flattened) ./tsconfig.json: legacy decorators, useDefineForClassFields: false.
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
    emulateMediaPlugin(),
  ],
  browsers: selectedBrowsers(),
  // Both engines at once, one test file at a time in each: Firefox throttles background tabs (read marks
  // from IntersectionObserver, axe runs time out at 3 files at once), and its media preferences
  // (tests/support/wtr-emulate-media.mjs) are browser-wide.
  concurrentBrowsers: 2,
  concurrency: 1,
  // nanostores reads process.env.NODE_ENV, which bundlers replace but wtr serves as is.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <script>
      window.process = { env: { NODE_ENV: 'development' } };
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testFramework: { config: { timeout: 10000 } },
  // A failing assertion whose value holds a nanostores store or a Lit class hangs wtr until this
  // timeout (default 120 s) instead of reporting: keep it short, and assert on primitives.
  testsFinishTimeout: 60000,
  browserLogs: true,
  reporters: [defaultReporter(), countReporter()],
};

// Browser tests for the elements: Debian Chromium driven by Playwright (no browser download), TS and
// legacy decorators through esbuild, no server (a widget without `server` never connects).
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { countReporter } from './tests/support/wtr-count-reporter.mjs';

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

export default {
  files: ['tests/elements/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // The (flattened) ./tsconfig.json: legacy decorators, useDefineForClassFields: false.
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
  ],
  browsers: [
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
  ],
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

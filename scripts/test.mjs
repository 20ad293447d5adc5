// `npm test`: every test. Finds Chromium and Firefox ESR (installs Debian's when it can), type-checks,
// builds, runs the Node tests (core, server against a real partykit dev, end to end, size budget) and the
// browser tests, and ends with one line: `tests: N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

/**
 * A browser the tests drive: `$variable` when set, else Debian's package at `debianPath`, installed with
 * apt-get when missing and we are root; otherwise says exactly what to run.
 */
function findBrowser({ name, variable, debianPath, debianPackage }) {
  const path = process.env[variable] ?? debianPath;
  if (existsSync(path)) return path;
  if (process.env[variable]) fail(`${variable}=${path} does not exist.`);
  if (process.getuid?.() !== 0) {
    fail(`No ${name} found. Install Debian's package with \`sudo apt-get install -y ${debianPackage}\`, or set ${variable} to a ${name} binary.`);
  }
  console.log(`No ${name} found: installing Debian's package (apt-get install -y ${debianPackage})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', debianPackage]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) fail(`apt-get ${args.join(' ')} failed.`);
  }
  return debianPath;
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** Runs a step, streaming its output; resolves to its exit code and what it printed. */
function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const testFiles = (folder) =>
  existsSync(join(ROOT, folder))
    ? readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.test.ts')).map((f) => join(folder, f))
    : [];

// BROWSERS=chromium leaves Firefox out (the element tests, web-test-runner.config.mjs, and the end-to-end
// journeys in Firefox, tests/e2e/firefox*.test.ts); BROWSERS=firefox runs the element tests in Firefox
// only. The other end-to-end tests always drive Chromium.
const engines = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
const env = {
  CHROME_PATH: findBrowser({ name: 'Chromium', variable: 'CHROME_PATH', debianPath: '/usr/bin/chromium', debianPackage: 'chromium' }),
  ...(engines.includes('firefox') && {
    FIREFOX_PATH: findBrowser({ name: 'Firefox', variable: 'FIREFOX_PATH', debianPath: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' }),
  }),
};
const counts = { passed: 0, failed: 0 };
const failedSteps = [];

for (const project of ['tsconfig.json', 'tsconfig.core.json', 'tsconfig.server.json', 'tsconfig.node.json']) {
  const { code } = await run(`type check (${project})`, bin('tsc'), ['-p', project]);
  if (code !== 0) failedSteps.push(`type check ${project}`);
}

// Validates every msg() across elements (same text and description wherever one id is used), and fails
// when locales/ (XLIFF or generated modules) is not what the current msg() calls and translations make.
const strings = await run('strings (lit-localize extract and build)', process.execPath, ['scripts/localize.mjs', '--check']);
if (strings.code !== 0) failedSteps.push('strings');

for (const mode of ['production', 'dashboard', 'loader']) {
  const build = await run(`build (vite, ${mode})`, bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);
  if (build.code !== 0) fail('The build failed; nothing to test.');
}
// The npm package's other half (npm run build:package): cs-widget/core as plain modules, and the type
// declarations of every entry.
for (const project of ['tsconfig.package.json', 'tsconfig.package-core.json']) {
  const build = await run(`build (npm package, ${project})`, bin('tsc'), ['-p', project]);
  if (build.code !== 0) fail('The package build failed; nothing to test.');
}

mkdirSync(join(ROOT, '.test-results'), { recursive: true });
const tap = join(ROOT, '.test-results/node.tap');
const nodeFiles = ['tests/core', 'tests/server', 'tests/build', 'tests/e2e']
  .flatMap(testFiles)
  .filter((file) => engines.includes('firefox') || !/^tests\/e2e\/firefox[-.]/.test(file));
const node = await run('node tests (core, server, build, e2e)', process.execPath, [
  '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...nodeFiles,
], env);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const tapCount = (name) => Number(tapText.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
counts.passed += tapCount('pass');
counts.failed += tapCount('fail') + tapCount('cancelled');
if (node.code !== 0) failedSteps.push('node tests');

const browser = await run(`browser tests (web-test-runner: ${engines.join(', ')})`, bin('wtr'), [], env);
const wtr = browser.output.match(/wtr: (\d+) passed, (\d+) failed/);
counts.passed += Number(wtr?.[1] ?? 0);
counts.failed += Number(wtr?.[2] ?? 0);
if (browser.code !== 0) failedSteps.push('browser tests');

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`);
// A step that failed without counting a test (a type error, a crash) still counts as one failure.
const failed = Math.max(counts.failed, failedSteps.length);
console.log(`\ntests: ${counts.passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);

// `npm run localize`: brings locales/ up to date with the msg() calls in elements/.
//   1. `lit-localize extract` (lit-localize.json, both entries) writes locales/xliff/<locale>.xlf, the files
//      translators edit, and fails when one message id has two texts.
//   2. `lit-localize build` writes locales/generated/console/ (every string: the agent console's locales)
//      and, from the same XLIFF with only elements/embed.ts as input, locales/generated/widget/ (only
//      what <cs-widget> renders, so a shopper's locale chunk stays small). Never edit either by hand.
// `--check` (run by `npm test`) also fails when any of those files changed: the committed copy was stale.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const LOCALES = join(ROOT, 'locales');
const check = process.argv.includes('--check');

/** Every file under locales/, by path, with its contents. */
function snapshot(dir = LOCALES, files = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(path, files);
    else files.set(relative(ROOT, path), readFileSync(path, 'utf8'));
  }
  return files;
}

/**
 * Runs lit-localize. The widget's build reads the full XLIFF and says so for every console string it
 * leaves out; those lines are expected and dropped. Everything else it prints is shown.
 */
function litLocalize(...args) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/lit-localize'), args, { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => line.trim() && !/does not exist in canonical messages, skipping|^(Building|Extracted \d+ messages|Writing interchange files)$/.test(line.trim()))
    .join('\n');
  if (output) console.log(output);
  if (result.status !== 0) {
    console.error(`lit-localize ${args.join(' ')} failed.`);
    process.exit(1);
  }
}

/** lit-localize.json narrowed to the widget's entry: one list of locales for both builds. */
function buildWidgetLocales() {
  const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
  config.inputFiles = ['elements/embed.ts'];
  config.output.outputDir = './locales/generated/widget';
  const path = join(ROOT, '.lit-localize.widget.json');
  writeFileSync(path, JSON.stringify(config));
  try {
    litLocalize('build', '--config', path);
  } finally {
    rmSync(path);
  }
}

const before = snapshot();
litLocalize('extract');
litLocalize('build');
buildWidgetLocales();
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
if (changed.length === 0) console.log('locales/ is up to date with the msg() calls in elements/.');
else console.log(`Updated:\n  ${changed.join('\n  ')}`);
if (check && changed.length > 0) {
  console.error('\nlocales/ was stale: run `npm run localize`, translate what is new in locales/xliff/, and commit.');
  process.exit(1);
}

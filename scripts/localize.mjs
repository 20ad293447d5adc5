// `npm run localize`: brings locales/ up to date with the msg() calls in elements/.
//   1. `lit-localize extract` (lit-localize.json, both entries) writes locales/xliff/<locale>.xlf, the files
//      translators edit, and fails when one message id has two texts.
//   2. `lit-localize build` writes locales/generated/console/ (every string: the agent console's locales)
//      and, from the same XLIFF with only elements/embed.ts as input, locales/generated/widget/ (only
//      what <cs-widget> renders, so a shopper's locale chunk stays small). Never edit either by hand.
//   3. From the same XLIFF, locales/generated/launcher-labels.ts: the launcher's label in every locale, all
//      the loader (elements/loader/) needs to show the launcher before the widget has loaded.
// `--check` (run by `npm test`) also fails when any of those files changed: the committed copy was stale.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

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

/** The launcher's text in elements/widget/widget.ts; its message id is lit-localize's hash of it. */
const LAUNCHER_TEXT = 'Chat with us';
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** locales/generated/launcher-labels.ts: the launcher's label by locale, source locale included. */
function writeLauncherLabels() {
  const id = generateMsgId(LAUNCHER_TEXT, false);
  const labels = { en: LAUNCHER_TEXT };
  const xliffDir = join(LOCALES, 'xliff');
  for (const file of readdirSync(xliffDir).filter((name) => name.endsWith('.xlf'))) {
    const unit = readFileSync(join(xliffDir, file), 'utf8').match(new RegExp(`<trans-unit id="${id}">([\\s\\S]*?)</trans-unit>`));
    if (!unit) {
      console.error(`locales/xliff/${file} has no "${LAUNCHER_TEXT}" (${id}): did the launcher's text in elements/widget/widget.ts change? Update LAUNCHER_TEXT in scripts/localize.mjs.`);
      process.exit(1);
    }
    // Not translated yet: English, as the widget shows it then (tests/build/translations.test.ts flags it).
    const target = unit[1].match(/<target>([^<]*)<\/target>/)?.[1] ?? LAUNCHER_TEXT;
    labels[file.slice(0, -'.xlf'.length)] = target.replace(/&(\w+);/g, (entity, name) => XML_ENTITIES[name] ?? entity);
  }
  const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    join(LOCALES, 'generated/launcher-labels.ts'),
    `// Do not modify this file by hand: scripts/localize.mjs writes it from locales/xliff (message ${id}).\n\n` +
      `/** The launcher's "${LAUNCHER_TEXT}" in every locale, sorted by tag: what the loader shows before the widget loads. */\n` +
      `export const launcherLabels: Readonly<Record<string, string>> = ${JSON.stringify(sorted, null, 2)};\n`,
  );
}

const before = snapshot();
litLocalize('extract');
litLocalize('build');
buildWidgetLocales();
writeLauncherLabels();
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
if (changed.length === 0) console.log('locales/ is up to date with the msg() calls in elements/.');
else console.log(`Updated:\n  ${changed.join('\n  ')}`);
if (check && changed.length > 0) {
  console.error('\nlocales/ was stale: run `npm run localize`, translate what is new in locales/xliff/, and commit.');
  process.exit(1);
}

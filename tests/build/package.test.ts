// The npm package after `npm run build`: every entry of the exports map and its types exist, `npm pack`
// ships them, and cs-widget/core works in Node through the package's own name.
import { deepEqual, equal, ok } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  types: string;
  main: string;
  customElements: string;
  sideEffects: string[];
  exports: Record<string, string | { types: string; default: string }>;
};

/** Every file the exports map (and `main`, `types`, `customElements`) points at, package-relative. */
const targets = [
  pkg.main,
  pkg.types,
  pkg.customElements,
  ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default])),
].map((path) => path.replace(/^\.\//, ''));

test('the exports map has the widget, the core, the console, the loader and the manifest, each JS entry with types', () => {
  deepEqual(Object.keys(pkg.exports), ['.', './core', './console', './loader.js', './custom-elements.json', './package.json']);
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (entry.endsWith('.json')) continue;
    ok(typeof target === 'object' && target.types.endsWith('.d.ts') && target.default.endsWith('.js'), `${entry} needs types and default`);
  }
});

test('every file the package points at exists after the build', () => {
  deepEqual(targets.filter((path) => !existsSync(join(ROOT, path))), [], 'missing: run `npm run build`');
});

test('`npm pack` ships every entry, its types and the locale chunks, and no sources or tests', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as [
    { files: { path: string }[] },
  ];
  const files = packed.files.map((file) => file.path);
  deepEqual(targets.filter((path) => !files.includes(path)), [], 'not in the tarball');
  ok(files.includes('dist/locales/widget/ar.js') && files.includes('dist/locales/console/ar.js'), 'the locale chunks');
  ok(files.includes('dist/core/protocol/messages.js') && files.includes('dist/types/elements/widget/widget.d.ts'), 'what the entries import');
  deepEqual(files.filter((path) => /^(src|elements|server|tests|demo)\//.test(path) || path.endsWith('.ts') && !path.endsWith('.d.ts')), []);
});

test('the element bundles, locale chunks and element sources are side effects; the core is not', () => {
  // The element sources too: they register their elements on import (import '../composer/composer.js'),
  // and this field also steers the repository's own build, which would drop those imports.
  deepEqual(pkg.sideEffects, ['./dist/cs-widget.js', './dist/cs-agent-console.js', './dist/loader.js', './dist/locales/**/*.js', './elements/**/*.ts']);
  const widget = readFileSync(join(ROOT, 'dist/cs-widget.js'), 'utf8');
  const defined = [...widget.matchAll(/\(`(cs-[a-z-]+)`,[\w$]+\)/g)].map((match) => match[1]).sort();
  deepEqual(defined, ['cs-bot-message', 'cs-composer', 'cs-message', 'cs-message-list', 'cs-notice', 'cs-typing-indicator', 'cs-wait-banner', 'cs-widget']);
});

test('cs-widget/core imports by package name in Node, defines no element and does its work', async () => {
  const core = await import(`${pkg.name}/core`);
  equal(core.negotiateLocale(['fr-CA', 'de-AT'], ['en', 'de'], 'en'), 'de');
  equal(core.directionOf('ar'), 'rtl');
  equal(core.triage('Where is my order #1234? It has not arrived.').category, 'shipping');
  const frame = core.parseServerMessage(JSON.stringify({ type: 'read/updated', visitor: 2, agent: 1 }));
  deepEqual(frame, { type: 'read/updated', visitor: 2, agent: 1 });
  ok(core.ERROR_CODES.includes('body-too-long'));
  equal(typeof (globalThis as { customElements?: unknown }).customElements, 'undefined');
});

// Size budgets (DESIGN.md section 9). Sizes are deterministic, so they are checked on every test run.
import { deepEqual, ok } from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliSize } from '../../bench/sizes.mjs';

/** The full widget (Lit, stores, socket, UI, source locale), brotli. */
const WIDGET_BUDGET_BYTES = 25_000;
/** Each further locale, loaded only by shoppers who speak it, brotli. */
const LOCALE_BUDGET_BYTES = 3_000;
const LOCALES_DIR = join(import.meta.dirname, '../../dist/locales/widget');
/** The script tag merchants paste (dist/loader.js): launcher, settings, and the swap to the widget, brotli. */
const LOADER_BUDGET_BYTES = 2_000;

test(`the built widget is at most ${WIDGET_BUDGET_BYTES} bytes brotli`, () => {
  const bundle = readFileSync(join(import.meta.dirname, '../../dist/cs-widget.js'));
  const size = brotliSize(bundle);
  console.log(`dist/cs-widget.js: ${bundle.length} bytes, ${size} brotli (budget ${WIDGET_BUDGET_BYTES})`);
  ok(size <= WIDGET_BUDGET_BYTES, `${size} bytes brotli is over the budget of ${WIDGET_BUDGET_BYTES}`);
});

test('the bundle does not read `process` (a storefront has none)', () => {
  const bundle = readFileSync(join(import.meta.dirname, '../../dist/cs-widget.js'), 'utf8');
  ok(!bundle.includes('process.env'), 'dist/cs-widget.js still reads process.env');
});

test(`each of the widget's 18 locale chunks is at most ${LOCALE_BUDGET_BYTES} bytes brotli, and the widget bundles none`, () => {
  const chunks = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.js'));
  deepEqual(chunks.length, 18, `dist/locales/widget has ${chunks.join(', ')}`);
  const sizes = chunks.map((file) => [file, brotliSize(readFileSync(join(LOCALES_DIR, file)))] as const);
  console.log(`dist/locales/widget (brotli): ${sizes.map(([file, size]) => `${file} ${size}`).join(', ')}`);
  deepEqual(sizes.filter(([, size]) => size > LOCALE_BUDGET_BYTES), [], 'over the budget');
  // A word only the Japanese translation has: the widget must fetch it, not carry it.
  const widget = readFileSync(join(import.meta.dirname, '../../dist/cs-widget.js'), 'utf8');
  ok(readFileSync(join(LOCALES_DIR, 'ja.js'), 'utf8').includes('送信'), 'the Japanese chunk says 送信 (Send)');
  ok(!widget.includes('送信'), 'dist/cs-widget.js carries a translation');
});

test(`the loader is at most ${LOADER_BUDGET_BYTES} bytes brotli, and a classic script that imports nothing`, () => {
  const loader = readFileSync(join(import.meta.dirname, '../../dist/loader.js'));
  const size = brotliSize(loader);
  console.log(`dist/loader.js: ${loader.length} bytes, ${size} brotli (budget ${LOADER_BUDGET_BYTES})`);
  ok(size <= LOADER_BUDGET_BYTES, `${size} bytes brotli is over the budget of ${LOADER_BUDGET_BYTES}`);
  // Pages include it without type="module": a static import or export would be a syntax error there.
  ok(!/^\s*(import|export)\b/m.test(loader.toString()), 'dist/loader.js has a static import or export');
  ok(!loader.toString().includes('litHtmlVersions'), 'dist/loader.js bundles Lit');
});

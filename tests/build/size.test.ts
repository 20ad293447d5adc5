// Size budgets (DESIGN.md section 9). Sizes are deterministic, so they are checked on every test run.
import { ok } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliSize } from '../../bench/sizes.mjs';

/** The full widget (Lit, stores, socket, UI, source locale), brotli. */
const WIDGET_BUDGET_BYTES = 25_000;

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

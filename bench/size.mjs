// Prints the widget's size next to a baseline built in the same run: a bare LitElement, bundled and
// minified the same way. Run: `node bench/size.mjs` (after `npm run build`).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { brotliSize, gzipSize } from './sizes.mjs';

const ROOT = join(import.meta.dirname, '..');
const widget = readFileSync(join(ROOT, 'dist/cs-widget.js'));

const out = mkdtempSync(join(tmpdir(), 'cs-size-'));
const entry = join(ROOT, 'bench/.baseline-lit.js');
writeFileSync(entry, `import { LitElement, html } from 'lit';
customElements.define('x-baseline', class extends LitElement { render() { return html\`<button>hi</button>\`; } });`);
try {
  await build({
    root: ROOT,
    logLevel: 'silent',
    configFile: join(ROOT, 'vite.config.ts'),
    build: { outDir: out, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => 'baseline.js' } },
  });
} finally {
  rmSync(entry);
}
const baseline = readFileSync(join(out, 'baseline.js'));
rmSync(out, { recursive: true });

const row = (name, bytes) =>
  `${name.padEnd(28)} ${String(bytes.length).padStart(8)} ${String(gzipSize(bytes)).padStart(8)} ${String(brotliSize(bytes)).padStart(8)}`;
console.log(`${'bundle'.padEnd(28)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
console.log(row('dist/cs-widget.js', widget));
// The script tag: all a page loads until the shopper reaches for the launcher (or the browser is idle).
console.log(row('dist/loader.js', readFileSync(join(ROOT, 'dist/loader.js'))));
// Each locale is fetched only by shoppers who speak it, on top of the widget.
const locales = join(ROOT, 'dist/locales/widget');
for (const file of readdirSync(locales).filter((f) => f.endsWith('.js'))) console.log(row(`  locales/widget/${file}`, readFileSync(join(locales, file))));
console.log(row('baseline: bare LitElement', baseline));
console.log(`ratio widget / baseline (brotli): ${(brotliSize(widget) / brotliSize(baseline)).toFixed(2)}x`);

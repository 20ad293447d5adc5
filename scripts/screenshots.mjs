// `npm run screenshots`: pictures of the open panel, for people to look at (not a test: nothing is compared).
// Builds the widget, starts a real `partykit dev` (free port, temporary storage), the demo merchant backend
// and the demo storefront, then in Debian's Chromium opens the panel in each language and colour scheme, sends
// one shopper message the demo bot answers, and writes docs/screenshots/<locale>-<light|dark>.png.
// Arabic, Hebrew and Japanese need fonts installed (Debian: fonts-noto-core, fonts-noto-cjk; see .ci/run),
// or their text comes out as boxes. Runs as `node --import tsx` (package.json), to reuse the tests' helpers:
// not the `tsx` command, whose parent process SIGKILLs a busy child on Ctrl-C, before it can stop partykit.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { startMerchantBackend } from '../demo/merchant-backend.mjs';
import { launchChromium } from '../tests/support/chromium.ts';
import { ALWAYS_OPEN_HOURS, PartykitDev } from '../tests/support/partykit.ts';
import { startDemoServer } from './demo-server.mjs';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'docs/screenshots');

/**
 * One message per language that the demo shop's bot answers: a knowledge-base answer where sites.json has
 * questions in that language (en, ar); otherwise a "where is my order" that the bot answers by asking for
 * the order number and e-mail address (triaged as shipping by src/logic/triage-rules/<lang>.ts).
 */
const SHOTS = [
  { locale: 'en', timezoneId: 'Europe/London', text: 'How long does shipping take?' },
  { locale: 'ar', timezoneId: 'Asia/Dubai', text: 'كم يستغرق الشحن؟' },
  { locale: 'he', timezoneId: 'Asia/Jerusalem', text: 'מתי תגיע ההזמנה שלי?' },
  { locale: 'ja', timezoneId: 'Asia/Tokyo', text: '注文した荷物はいつ届きますか？' },
];
const SCHEMES = ['light', 'dark'];

const startedAt = Date.now();
/** What is running, stopped in reverse order at the end, whatever happened. */
const running = [];
let interrupted = false;

/** Registers something just started; after a Ctrl-C the run goes no further (and stops it too). */
function started(name, stop) {
  running.push([name, stop]);
  if (interrupted) throw new Error('interrupted');
}

// Ctrl-C: closing the browser ends the screenshot in progress at once; main() then stops everything,
// including what is still starting (a partykit dev half-way up is registered, then stopped).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping`);
    for (const [name, stop] of running) if (name === 'chromium') stop().catch(() => {});
  });
}

async function main() {
  // The widget as a storefront loads it (production mode; the agent dashboard is not needed here).
  await build({ root: ROOT, mode: 'production', logLevel: 'warn' });

  const merchant = await startMerchantBackend({ port: 0, webhookSecret: randomBytes(32).toString('hex'), log: () => {} });
  started('merchant backend', () => merchant.close());
  // The demo shop as configured in server/sites.json (its knowledge base), open around the clock so the
  // pictures do not depend on the hour, with the order lookup pointed at this run's demo backend.
  const { sites } = JSON.parse(readFileSync(join(ROOT, 'server/sites.json'), 'utf8'));
  const { webhookUrl: _unused, ...shop } = sites['demo-shop'];
  const dev = await PartykitDev.start({
    sites: { 'demo-shop': { ...shop, hours: ALWAYS_OPEN_HOURS, closedDates: [], orderLookupUrl: `http://127.0.0.1:${merchant.port}/orders/lookup` } },
  });
  const group = /** @type {any} */ (dev).child?.pid; // its process group (the helper spawns it detached)
  started('partykit dev', async () => {
    await dev.dispose();
    // Belt and braces: nothing of that group outlives this script.
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  });
  const demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  started('demo server', () => demo.close());
  const browser = await launchChromium();
  started('chromium', () => browser.close());

  mkdirSync(OUT_DIR, { recursive: true });
  const written = [];
  for (const { locale, timezoneId, text } of SHOTS) {
    for (const colorScheme of SCHEMES) {
      if (interrupted) throw new Error('interrupted');
      // A new context each time: a fresh visitor (nothing in localStorage), so a fresh conversation.
      const context = await browser.newContext({ viewport: { width: 420, height: 760 }, deviceScaleFactor: 2, locale, timezoneId });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        await page.emulateMedia({ colorScheme });
        await page.goto(`${demo.url}/`);
        const widget = page.locator('cs-widget');
        await widget.evaluate((element, value) => element.setAttribute('locale', value), locale);
        // The locale is applied (its translations loaded) once the panel's root carries its lang.
        await page.locator(`cs-widget .base[lang="${locale}"]`).waitFor({ state: 'attached' });

        // Opening the panel reads the team's availability for the header: wait for it, then type.
        await Promise.all([
          page.waitForResponse((response) => response.url().includes('/availability')),
          page.locator('cs-widget .launcher').click(),
        ]);
        const textbox = page.locator('cs-widget cs-composer textarea');
        await textbox.fill(text);
        await textbox.press('Enter');

        // The bot's answer, with the shopper's message delivered and nothing still on its way.
        await page.locator('cs-widget cs-bot-message .body').first().waitFor();
        await page.locator('cs-widget cs-message[self][state="delivered"]').waitFor();
        await page.locator('cs-widget cs-message[state="sending"]').first().waitFor({ state: 'detached' });
        await widget.evaluate(async (element) => {
          await /** @type {any} */ (element).updateComplete;
          await document.fonts.ready;
        });

        const path = join(OUT_DIR, `${locale}-${colorScheme}.png`);
        await page.locator('cs-widget .panel').screenshot({ path, animations: 'disabled' });
        written.push(path);
      } finally {
        await context.close();
      }
    }
  }
  return written;
}

let code = 0;
try {
  const written = await main();
  console.log(`Wrote ${written.length} screenshots in ${((Date.now() - startedAt) / 1000).toFixed(1)} s:`);
  for (const path of written) console.log(`  ${relative(ROOT, path).padEnd(32)} ${(statSync(path).size / 1024).toFixed(1).padStart(7)} KB`);
} catch (error) {
  if (interrupted) code = 130;
  else {
    console.error(`screenshots failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    code = 1;
  }
} finally {
  for (const [name, stop] of running.reverse()) {
    try {
      await stop();
    } catch (error) {
      console.error(`stopping ${name}: ${error instanceof Error ? error.message : error}`);
    }
  }
}
process.exit(code);

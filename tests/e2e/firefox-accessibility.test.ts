// The demo pages in Firefox ESR (puppeteer-core over WebDriver BiDi) against a live `partykit dev`, used
// the ways people use them: only the keyboard, a 320 px phone, 200% zoom, an English widget on a
// Hebrew page; forced colours and the dark scheme (set by Firefox's preferences, in browsers of their own).
// tests/e2e/accessibility.test.ts covers these in Chromium, and a pinch-zoomed visual viewport (an
// on-screen keyboard), which only the Chrome DevTools Protocol can emulate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page, Viewport } from 'puppeteer-core';
import { DARK_SCHEME_PREFS, FORCED_COLORS_PREFS, axeViolations, collectProblems, firefoxOnTheDemo, launchFirefox, waitForBodies } from '../support/firefox.ts';
import { testSite } from '../support/partykit.ts';

const live = firefoxOnTheDemo({ 'demo-shop': testSite() });

/** A fresh shopper on a demo page at this viewport (in `inBrowser`, or the file's browser); closed when `use` is done. */
async function onPage(path: string, viewport: Viewport, use: (page: Page) => Promise<void>, inBrowser = live.browser) {
  const context = await inBrowser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const problems = collectProblems(page);
    await page.goto(`${live.demo.url}${path}`);
    await use(page);
    assert.deepEqual(problems, [], 'no errors on the page');
  } finally {
    await context.close();
  }
}

/** On a timer: with the default (animation frames), Firefox's waits did not always see a change. */
const POLLING = { polling: 100 };

/** What has the focus, through shadow roots: `cs-widget > cs-composer > textarea`. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const path: string[] = [];
    let node = document.activeElement;
    while (node) {
      path.push(node.className && typeof node.className === 'string' ? `${node.localName}.${node.className.split(' ')[0]}` : node.localName);
      node = node.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });

/** The widget in place: the demo storefront's loader swaps it in when the shopper hovers its launcher. */
async function widgetInPlace(page: Page) {
  const launcher = await page.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true });
  if (await page.$('cs-widget-launcher')) await launcher!.hover();
  await page.waitForSelector('cs-widget >>> .launcher', { visible: true });
}

const panelOpen = (page: Page) => page.waitForSelector('cs-widget >>> .panel:not([hidden])', { visible: true });

/**
 * The panel's, the composer's and the title's boxes, and the layout viewport: its width is the page's
 * beside the scroll bar, which headless Firefox draws (12 px; Chromium's phone emulation overlays it).
 */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const widget = document.querySelector('cs-widget')!.shadowRoot!;
    // No named helpers in here: the test's compiler would wrap them in a function the page lacks.
    const [panel, composer, title] = ['.panel', 'cs-composer', '.title'].map((selector) => {
      const { left, top, right, bottom } = widget.querySelector(selector)!.getBoundingClientRect();
      return { left, top, right, bottom };
    });
    const { clientWidth, clientHeight, scrollWidth } = document.documentElement;
    return { panel: panel!, composer: composer!, title: title!, layout: { width: clientWidth, height: clientHeight, scrollWidth } };
  });

test('keyboard only in Firefox: Tab to the launcher, Enter opens with the focus in the composer, Enter sends, Escape closes and the focus returns', async () => {
  await onPage('/', { width: 1280, height: 800 }, async (page) => {
    // The storefront has the script tag: tabbing onto its launcher swaps in the widget, which keeps the focus.
    for (let i = 0; i < 40 && !/^(cs-widget-launcher|cs-widget)\b/.test(await focused(page)); i++) await page.keyboard.press('Tab');
    await page.waitForFunction(() => !document.querySelector('cs-widget-launcher') && document.querySelector('cs-widget')?.shadowRoot?.activeElement?.classList.contains('launcher'), POLLING);
    assert.equal(await focused(page), 'cs-widget > button.launcher', 'the launcher is reachable with Tab');

    await page.keyboard.press('Enter');
    await panelOpen(page);
    await page.waitForFunction(() => document.querySelector('cs-widget')?.shadowRoot?.activeElement?.localName === 'cs-composer', POLLING);
    assert.match(await focused(page), /cs-composer > textarea$/, 'opening puts the focus in the composer');

    await page.keyboard.type('Hello from the keyboard');
    await page.keyboard.press('Enter');
    await waitForBodies(page, ['Hello from the keyboard']);
    assert.deepEqual(await axeViolations(page), [], 'the open panel passes axe');

    await page.keyboard.press('Escape');
    await page.waitForSelector('cs-widget >>> .panel[hidden]');
    assert.equal(await focused(page), 'cs-widget > button.launcher', 'Escape gives the focus back to the launcher');
  });
});

test('a 320 px phone in Firefox: the panel fills the screen, Tab stays inside it, the page does not scroll sideways, axe passes', async () => {
  await onPage('/', { width: 320, height: 568 }, async (page) => {
    await widgetInPlace(page);
    await (await page.$('cs-widget >>> .launcher'))!.click();
    await panelOpen(page);
    const { panel, composer, layout } = await boxes(page);
    assert.ok(layout.width > 300 && layout.height === 568, `the layout viewport ${JSON.stringify(layout)}`);
    assert.deepEqual(panel, { left: 0, top: 0, right: layout.width, bottom: 568 }, 'the panel is the whole viewport');
    assert.ok(composer.bottom <= 568 && composer.top >= 0, 'the composer is on screen');
    assert.equal(layout.scrollWidth, layout.width, 'nothing overflows sideways');
    assert.equal(await page.$eval('cs-widget >>> .launcher', (launcher) => launcher.checkVisibility()), false, 'the launcher hides behind the full-screen panel');

    const visited = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const where = await focused(page);
      assert.match(where, /^cs-widget > /, `Tab ${i + 1} stays in the panel (at ${where})`);
      visited.add(where.replace(/ > span\.focus-wrap$/, ''));
    }
    assert.ok([...visited].some((w) => w.endsWith('button.close')), 'Tab wraps around to the close button');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    assert.equal(await focused(page), 'cs-widget > button.launcher');
  });
});

test('200% zoom in Firefox (a 1280 × 800 screen at half the CSS pixels): everything readable and on screen', async () => {
  await onPage('/', { width: 640, height: 400, deviceScaleFactor: 2 }, async (page) => {
    await widgetInPlace(page);
    assert.equal(await page.evaluate(() => devicePixelRatio), 2);
    await (await page.$('cs-widget >>> .launcher'))!.click();
    await panelOpen(page);
    const { panel, composer, title, layout } = await boxes(page);
    for (const [name, box] of Object.entries({ panel, composer, title })) {
      assert.ok(box.left >= 0 && box.top >= 0 && box.right <= layout.width && box.bottom <= layout.height, `${name} ${JSON.stringify(box)} is inside the viewport ${JSON.stringify(layout)}`);
    }
    assert.equal(layout.scrollWidth, layout.width, 'nothing overflows sideways');
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('demo/rtl.html?page=he in Firefox: an English widget on a Hebrew page sits at the left, left to right, and passes axe open', async () => {
  await onPage('/rtl.html?page=he', { width: 1280, height: 800 }, async (page) => {
    await page.waitForSelector('cs-widget >>> .base[lang="en"]');
    const layout = await page.evaluate(() => {
      const widget = document.querySelector('cs-widget')!.shadowRoot!;
      const launcher = widget.querySelector('.launcher')!.getBoundingClientRect();
      const base = widget.querySelector<HTMLElement>('.base')!;
      return { launcher: launcher.left + launcher.width / 2 < innerWidth / 2 ? 'left' : 'right', lang: base.lang, dir: base.dir, pageDir: document.dir };
    });
    assert.deepEqual(layout, { launcher: 'left', lang: 'en', dir: 'ltr', pageDir: 'rtl' });
    await (await page.$('cs-widget >>> .launcher'))!.click();
    await panelOpen(page);
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('forced colours in Firefox: the panel keeps its edges and passes axe', async () => {
  const forcedColors = await launchFirefox(FORCED_COLORS_PREFS);
  try {
    await onPage('/', { width: 1280, height: 800 }, async (page) => {
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await widgetInPlace(page);
      await (await page.$('cs-widget >>> .launcher'))!.click();
      await panelOpen(page);
      const border = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!);
        return { width: style.borderTopWidth, color: style.borderTopColor };
      });
      assert.equal(border.width, '1px');
      assert.notEqual(border.color, 'rgba(0, 0, 0, 0)', 'in forced colours the transparent border is drawn');
      assert.deepEqual(await axeViolations(page), []);
    }, forcedColors);
  } finally {
    await forcedColors.close();
  }
});

test('the dark scheme in Firefox: the dark surface, and contrast holds for axe', async () => {
  const dark = await launchFirefox(DARK_SCHEME_PREFS);
  try {
    await onPage('/', { width: 1280, height: 800 }, async (page) => {
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      await widgetInPlace(page);
      await (await page.$('cs-widget >>> .launcher'))!.click();
      await panelOpen(page);
      await page.keyboard.type('Dark scheme check');
      await page.keyboard.press('Enter');
      await waitForBodies(page, ['Dark scheme check']);
      const surface = await page.evaluate(() => getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!).backgroundColor);
      assert.equal(surface, 'rgb(29, 29, 34)', 'the dark surface');
      assert.deepEqual(await axeViolations(page), [], 'contrast holds in the dark scheme');
    }, dark);
  } finally {
    await dark.close();
  }
});

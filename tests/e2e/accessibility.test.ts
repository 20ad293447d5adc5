// The demo pages in Chromium against a live `partykit dev`, used the ways people use them: only the
// keyboard; a 320 px phone; 200% zoom; an on-screen keyboard shrinking the visual viewport; forced colours
// and the dark scheme; and demo/rtl.html, an Arabic widget on an English page and the reverse.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { axeViolations, launchChromium, widgetInPlace } from '../support/chromium.ts';

let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  dev = await PartykitDev.start({ sites: { 'demo-shop': testSite() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

/** A fresh shopper on a demo page; closed when `use` is done. */
async function onPage(path: string, options: BrowserContextOptions, use: (page: Page) => Promise<void>) {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${demo.url}${path}`);
    await widgetInPlace(page);
    await use(page);
    assert.deepEqual(errors, [], 'no errors on the page');
  } finally {
    await context.close();
  }
}

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

/** The panel's, the composer's and the visual viewport's boxes, in CSS pixels of the layout viewport. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const widget = document.querySelector('cs-widget')!.shadowRoot!;
    // No named helpers in here: the test's compiler would wrap them in a function the page lacks.
    const [panel, composer, title] = ['.panel', 'cs-composer', '.title'].map((selector) => {
      const { left, top, right, bottom } = widget.querySelector(selector)!.getBoundingClientRect();
      return { left, top, right, bottom };
    });
    const viewport = visualViewport!;
    return {
      panel: panel!,
      composer: composer!,
      title: title!,
      visual: { top: viewport.offsetTop, bottom: viewport.offsetTop + viewport.height, width: viewport.width },
      layout: { width: innerWidth, height: innerHeight, scrollWidth: document.documentElement.scrollWidth },
    };
  });

test('keyboard only: Tab to the launcher, Enter opens with the focus in the composer, Enter sends, Escape closes and the focus returns', async () => {
  await onPage('/', { viewport: { width: 1280, height: 800 } }, async (page) => {
    for (let i = 0; i < 40 && !(await focused(page)).endsWith('button.launcher'); i++) await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'cs-widget > button.launcher', 'the launcher is reachable with Tab');

    await page.keyboard.press('Enter');
    await page.locator('cs-widget .panel:not([hidden])').waitFor();
    assert.match(await focused(page), /cs-composer > textarea$/, 'opening puts the focus in the composer');

    await page.keyboard.type('Hello from the keyboard');
    await page.keyboard.press('Enter');
    await page.locator('cs-message[state="delivered"]').getByText('Hello from the keyboard').waitFor();

    for (let i = 0; i < 5 && !(await focused(page)).endsWith('div.scroller'); i++) await page.keyboard.press('Shift+Tab');
    assert.match(await focused(page), /div\.scroller$/, 'Shift+Tab from the composer reaches the message log, which scrolls');
    await page.keyboard.press('Escape');
    await page.locator('cs-widget .panel[hidden]').waitFor({ state: 'attached' });
    assert.equal(await focused(page), 'cs-widget > button.launcher', 'Escape gives the focus back to the launcher');
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('a 320 px phone: the panel fills the screen, Tab stays inside it, the page does not scroll sideways, axe passes', async () => {
  await onPage('/', { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true }, async (page) => {
    await page.locator('cs-widget .launcher').click();
    await page.locator('cs-widget .panel:not([hidden])').waitFor();
    const { panel, composer, layout } = await boxes(page);
    assert.deepEqual(panel, { left: 0, top: 0, right: 320, bottom: 568 }, 'the panel is the whole viewport');
    assert.ok(composer.bottom <= 568 && composer.top >= 0, 'the composer is on screen');
    assert.equal(layout.scrollWidth, 320, 'nothing overflows sideways');
    assert.equal(await page.locator('cs-widget .launcher').isVisible(), false, 'the launcher hides behind the full-screen panel');

    const visited = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const where = await focused(page);
      assert.match(where, /^cs-widget > /, `Tab ${i + 1} stays in the panel (at ${where})`);
      visited.add(where.replace(/ > span\.focus-wrap$/, ''));
    }
    assert.ok([...visited].some((w) => w.endsWith('button.close')), 'Tab wraps around to the close button');
    await page.keyboard.press('Escape');
    assert.equal(await focused(page), 'cs-widget > button.launcher');
    await page.locator('cs-widget .launcher').click();
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('200% zoom (a 1280 × 800 screen at half the CSS pixels): everything readable and on screen', async () => {
  await onPage('/', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
    await page.locator('cs-widget .launcher').click();
    await page.locator('cs-widget .panel:not([hidden])').waitFor();
    const { panel, composer, title, layout } = await boxes(page);
    for (const [name, box] of Object.entries({ panel, composer, title })) {
      assert.ok(box.left >= 0 && box.top >= 0 && box.right <= 640 && box.bottom <= 400, `${name} ${JSON.stringify(box)} is inside the viewport`);
    }
    assert.equal(layout.scrollWidth, 640, 'nothing overflows sideways');
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('an on-screen keyboard (the visual viewport shrinks): the composer stays above it', async () => {
  await onPage('/', { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true }, async (page) => {
    await page.locator('cs-widget .launcher').click();
    await page.locator('cs-widget .panel:not([hidden])').waitFor();
    // Chromium's pinch-zoom shrinks the visual viewport as a keyboard does, and fires its resize event.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await page.waitForFunction(() => visualViewport!.height < innerHeight * 0.6);
    await page.waitForFunction(() => {
      const panel = document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      return Math.abs(panel.height - visualViewport!.height) < 1;
    });
    const { composer, visual } = await boxes(page);
    assert.ok(composer.bottom <= visual.bottom + 0.5 && composer.top >= visual.top - 0.5, `composer ${JSON.stringify(composer)} inside the visible part ${JSON.stringify(visual)}`);
  });
});

test('forced colours and the dark scheme: the panel keeps its edges and passes axe', async () => {
  await onPage('/', { viewport: { width: 1280, height: 800 }, forcedColors: 'active' }, async (page) => {
    await page.locator('cs-widget .launcher').click();
    await page.locator('cs-widget .panel:not([hidden])').waitFor();
    const border = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!);
      return { width: style.borderTopWidth, color: style.borderTopColor };
    });
    assert.equal(border.width, '1px');
    assert.notEqual(border.color, 'rgba(0, 0, 0, 0)', 'in forced colours the transparent border is drawn');
    assert.deepEqual(await axeViolations(page), []);
  });
  await onPage('/', { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }, async (page) => {
    await page.locator('cs-widget .launcher').click();
    await page.getByRole('textbox', { name: 'Message' }).fill('Dark scheme check');
    await page.keyboard.press('Enter');
    await page.locator('cs-message[state="delivered"]').waitFor();
    const surface = await page.evaluate(() => getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!).backgroundColor);
    assert.equal(surface, 'rgb(29, 29, 34)', 'the dark surface');
    assert.deepEqual(await axeViolations(page), [], 'contrast holds in the dark scheme');
  });
});

test('demo/rtl.html: an Arabic widget on an English page, and an English widget on a Hebrew page', async () => {
  const layout = (page: Page) =>
    page.evaluate(() => {
      const widget = document.querySelector('cs-widget')!.shadowRoot!;
      const launcher = widget.querySelector('.launcher')!.getBoundingClientRect();
      const base = widget.querySelector<HTMLElement>('.base')!;
      return { launcher: launcher.left + launcher.width / 2 < innerWidth / 2 ? 'left' : 'right', lang: base.lang, dir: base.dir };
    });
  const launcherText = (page: Page) => page.locator('cs-widget .launcher').innerText();
  await onPage('/rtl.html', { viewport: { width: 1280, height: 800 } }, async (page) => {
    await page.locator('cs-widget .base[lang="ar"]').waitFor();
    assert.deepEqual(await layout(page), { launcher: 'right', lang: 'ar', dir: 'rtl' });
    assert.match(await launcherText(page), /\p{Script=Arabic}/u, 'the launcher speaks Arabic');
    await page.locator('cs-widget .launcher').click();
    assert.deepEqual(await axeViolations(page), []);
    // The team is told the widget's language, not the page's or the one spoken before the locale loaded.
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.locator('cs-composer textarea').fill('كم يستغرق الشحن؟');
    await page.keyboard.press('Enter');
    await page.locator('cs-message[state="delivered"]').waitFor();
    assert.equal(new URL(sockets[0]!).searchParams.get('lang'), 'ar');
  });
  await onPage('/rtl.html?page=he', { viewport: { width: 1280, height: 800 } }, async (page) => {
    await page.locator('cs-widget .base[lang="en"]').waitFor();
    assert.deepEqual(await layout(page), { launcher: 'left', lang: 'en', dir: 'ltr' });
    assert.equal(await launcherText(page), 'Chat with us');
    await page.locator('cs-widget .launcher').click();
    assert.deepEqual(await axeViolations(page), []);
  });
});

// The script tag (dist/loader.js) in Firefox ESR (puppeteer-core over WebDriver BiDi) against a live
// `partykit dev`: nothing happens before the shopper reaches for the launcher, then the swap and the panel;
// the tag included twice; mistakes in the tag. tests/e2e/loader.test.ts covers the rest in Chromium.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import {
  PROBE_SOCKETS_AND_STORAGE,
  axeViolations,
  byRole,
  collectProblems,
  firefoxOnTheDemo,
  pageProbes,
  serveFixture,
  shopper,
  waitForText,
} from '../support/firefox.ts';
import { demoShopAlwaysOpen } from '../support/partykit.ts';

const live = firefoxOnTheDemo({ 'demo-shop': demoShopAlwaysOpen() });

/** A new shopper's tab (empty storage); `problems` collects page errors and console errors. */
async function openPage(use: (page: Page, problems: string[]) => Promise<void>) {
  const context = await live.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await use(page, collectProblems(page));
  } finally {
    await context.close();
  }
}

/** A page with `body` at the demo's origin (so /dist/loader.js is the real, built file). */
async function gotoFixture(page: Page, body: string, { lang = 'en', dir = 'ltr' } = {}) {
  const url = `${live.demo.url}/fixture.html`;
  await serveFixture(
    page,
    url,
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Fixture</title></head>
      <body><main><h1>A shop</h1><p>Products.</p></main>${body}</body></html>`,
  );
  await page.goto(url);
}

const tag = (attributes: string) => `<script src="/dist/loader.js" data-server="${live.dev.host}" data-site="demo-shop" ${attributes}></script>`;
/** Polls on a timer: with the default (animation frames), Firefox's waits did not always see a change. */
const POLLING = { polling: 100 };
const LOADER_LAUNCHER = 'cs-widget-launcher >>> .launcher';
const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const loaderDone = (page: Page) => page.waitForFunction(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('cs-widget.loader')] === true, POLLING);

/** Waits for the swap: the widget's own launcher in place and the loader's gone. */
async function swapped(page: Page) {
  await page.waitForFunction(
    () => {
      const launcher = document.querySelector('cs-widget')?.shadowRoot?.querySelector('.launcher');
      return !document.querySelector('cs-widget-launcher') && launcher?.checkVisibility() === true;
    },
    POLLING,
  );
}

describe('the storefront with the script tag, in Firefox', () => {
  test('before the shopper reaches for it: the launcher, and no widget, socket or storage; hovering swaps in the widget, which then opens and connects', async () => {
    await openPage(async (page, problems) => {
      await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
      await page.goto(`${live.demo.url}/`);
      const launcher = await page.waitForSelector(LOADER_LAUNCHER, { visible: true });
      assert.equal(await launcher!.evaluate((button) => (button as HTMLElement).innerText.trim()), 'Chat with us');
      // Idle: the widget's code is fetched and defines its element, which opens nothing by itself.
      await page.waitForFunction(() => customElements.get('cs-widget') !== undefined, POLLING);

      assert.deepEqual(await pageProbes(page), { socketUrls: [], storageAccesses: 0 });
      assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, ''], 'storage written');
      assert.equal(await count(page, 'cs-widget'), 0);
      assert.deepEqual(await axeViolations(page), [], 'the loader’s launcher passes axe');

      await launcher!.hover();
      await swapped(page);
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the focus is left alone');
      assert.equal(await page.$eval('cs-widget', (widget) => widget.hasAttribute('open')), false, 'hovering opens nothing');
      // The probes work: the widget reads its storage once it is in, and connects once the shopper writes.
      await page.waitForFunction(() => (window as unknown as { storageAccesses: number }).storageAccesses > 0, POLLING);
      const { openChat, send } = shopper(page);
      await openChat();
      await send('How much does shipping cost?');
      await waitForText(page, 'We ship from Germany within 1 business day.');
      assert.deepEqual(
        (await pageProbes(page)).socketUrls.map((url) => new URL(url).host),
        [live.dev.host],
      );
      assert.deepEqual(problems, []);
    });
  });

  test('a click before the widget has loaded opens the panel at once, focus in the composer, and the bot answers', async () => {
    await openPage(async (page, problems) => {
      // The widget's code arrives only after the click: the click lands on the loader's launcher.
      let release!: () => void;
      const clicked = new Promise<void>((resolve) => (release = resolve));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith(`${live.demo.url}/dist/cs-widget.js`)) void clicked.then(() => request.continue());
        else void request.continue();
      });
      await page.goto(`${live.demo.url}/`);
      await (await page.waitForSelector(LOADER_LAUNCHER, { visible: true }))!.click();
      assert.equal(await page.evaluate(() => customElements.get('cs-widget')), undefined, 'clicked before the widget’s code arrived');
      release();
      await byRole(page, 'textbox', 'Message');
      await page.waitForFunction(() => !document.querySelector('cs-widget-launcher'), POLLING);
      await page.waitForFunction(() => document.querySelector('cs-widget')?.shadowRoot?.activeElement?.localName === 'cs-composer', POLLING);
      await shopper(page).send('How much does shipping cost?');
      await waitForText(page, 'We ship from Germany within 1 business day.');
      assert.deepEqual(problems, []);
    });
  });
});

/** What the eye sees of a launcher button: its box, colours, text and direction. */
const looks = (page: Page, selector: string) =>
  page.$eval(selector, (button) => {
    const { x, y, width, height } = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    return {
      box: { x, y, width, height },
      background: style.backgroundColor,
      color: style.color,
      font: `${style.fontWeight} ${style.fontSize}/${style.lineHeight} ${style.fontFamily}`,
      shadow: style.boxShadow,
      radius: style.borderRadius,
      direction: style.direction,
      text: (button as HTMLElement).innerText.trim(),
    };
  });

describe('the loader’s launcher looks and sits exactly like the widget’s, in Firefox', () => {
  for (const { name, lang, dir, attributes, label } of [
    { name: 'English, at the end', lang: 'en', dir: 'ltr', attributes: '', label: 'Chat with us' },
    { name: 'Arabic on an Arabic page, at the start, in the merchant’s colour', lang: 'ar', dir: 'rtl', attributes: 'data-placement="start" data-color="#c2185b"', label: 'الدردشة معنا' },
  ]) {
    test(`${name}: the swap moves no pixel and changes no colour`, async () => {
      await openPage(async (page, problems) => {
        await gotoFixture(page, tag(`async ${attributes}`), { lang, dir });
        const launcher = await page.waitForSelector(LOADER_LAUNCHER, { visible: true });
        const before = await looks(page, LOADER_LAUNCHER);
        assert.equal(before.text, label);
        await launcher!.hover();
        await swapped(page);
        assert.deepEqual(await looks(page, 'cs-widget >>> .launcher'), before);
        assert.deepEqual(problems, []);
      });
    });
  }
});

describe('the script tag included twice, in Firefox', () => {
  for (const [name, first, second] of [
    ['async and defer', 'async', 'defer'],
    ['classic and module', '', 'type="module"'],
  ] as const) {
    test(`${name}: one launcher, then one widget`, async () => {
      await openPage(async (page, problems) => {
        await gotoFixture(page, `${tag(first)}\n${tag(second)}`);
        const launcher = await page.waitForSelector(LOADER_LAUNCHER, { visible: true });
        await loaderDone(page);
        assert.equal(await count(page, 'cs-widget-launcher'), 1);
        await launcher!.hover();
        await swapped(page);
        assert.equal(await count(page, 'cs-widget'), 1);
        assert.deepEqual(problems, []);
      });
    });
  }
});

describe('mistakes in the script tag, in Firefox', () => {
  test('no data-server: one clear console message, and no launcher', async () => {
    await openPage(async (page, problems) => {
      await gotoFixture(page, '<script src="/dist/loader.js" data-site="demo-shop"></script>');
      await loaderDone(page);
      assert.deepEqual(problems, ['[cs-widget] data-server is missing: expected a host like chat.example.com']);
      assert.equal(await count(page, 'cs-widget-launcher'), 0);
    });
  });

  test('a misspelt attribute: one clear console message, and the widget still works with the defaults', async () => {
    await openPage(async (page, problems) => {
      await gotoFixture(page, tag('data-colour="#c2185b"'));
      await loaderDone(page);
      assert.deepEqual(problems, [
        '[cs-widget] data-colour is unknown: expected data-server, data-site, data-locale, data-placement, data-color, data-identity-token',
      ]);
      await (await page.waitForSelector(LOADER_LAUNCHER, { visible: true }))!.hover();
      await swapped(page);
      assert.equal(await page.$eval('cs-widget', (widget) => (widget as HTMLElement).style.getPropertyValue('--cs-accent')), '');
      await shopper(page).openChat();
      assert.equal(problems.length, 1, problems.join('\n'));
    });
  });
});

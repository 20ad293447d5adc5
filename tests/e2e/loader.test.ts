// The script tag (dist/loader.js) in Chromium against a live `partykit dev`: the demo storefront (which
// embeds it as merchants do) and small pages served at the demo's origin for the other ways to include it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { axeViolations, launchChromium, shopper } from '../support/chromium.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../support/partykit.ts';

let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  dev = await PartykitDev.start({ sites: { 'demo-shop': demoShopAlwaysOpen() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

/**
 * Counts every touch of the page's storage (localStorage, sessionStorage, document.cookie), before any
 * script of the page runs. A string: compiled helpers would need a function the page lacks.
 */
const COUNT_STORAGE_ACCESS = `
  window.storageAccesses = 0;
  for (const name of ['localStorage', 'sessionStorage']) {
    const { get } = Object.getOwnPropertyDescriptor(window, name) ?? Object.getOwnPropertyDescriptor(Window.prototype, name);
    Object.defineProperty(window, name, { configurable: true, get() { window.storageAccesses++; return get.call(window); } });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { window.storageAccesses++; return cookie.get.call(this); },
    set(value) { window.storageAccesses++; cookie.set.call(this, value); },
  });
`;

/** A shopper's tab; `problems` collects page errors and console errors. */
async function openPage(use: (page: Page, problems: string[]) => Promise<void>, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ locale: 'en-US', colorScheme: options.colorScheme ?? 'light' });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // The demo pages have no icon: not our error.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(message.text());
    });
    await use(page, problems);
  } finally {
    await context.close();
  }
}

/** Serves `body` as `path` at the demo's origin (so /dist/loader.js is the real, built file). */
async function gotoFixture(page: Page, body: string, { path = '/fixture.html', lang = 'en', dir = 'ltr' } = {}) {
  await page.route(`${demo.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Fixture</title></head>
        <body><main><h1>A shop</h1><p>Products.</p></main>${body}</body></html>`,
    }),
  );
  await page.goto(`${demo.url}${path}`);
}

const tag = (attributes: string) => `<script src="/dist/loader.js" data-server="${dev.host}" data-site="demo-shop" ${attributes}></script>`;
const loaderLauncher = (page: Page) => page.locator('cs-widget-launcher .launcher');
const realLauncher = (page: Page) => page.locator('cs-widget .launcher');

/** Waits for the swap: the real launcher in place and ours gone. */
async function swapped(page: Page) {
  await page.locator('cs-widget-launcher').waitFor({ state: 'detached' });
  await realLauncher(page).waitFor();
}

/** What the eye sees of a launcher button: its box, colours, text and direction. */
const looks = (page: Page, selector: string) =>
  page.locator(selector).evaluate((button) => {
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

describe('the storefront with the script tag', () => {
  test('before the shopper reaches for it: the launcher, and no widget, socket, storage or chat request (even once the widget is fetched at idle)', async () => {
    await openPage(async (page, problems) => {
      const sockets: string[] = [];
      page.on('websocket', (socket) => sockets.push(socket.url()));
      const chatRequests: string[] = [];
      page.on('request', (request) => request.url().includes(dev.host) && chatRequests.push(request.url()));
      await page.addInitScript(COUNT_STORAGE_ACCESS);
      await page.goto(`${demo.url}/`);
      await loaderLauncher(page).waitFor();
      assert.equal(await loaderLauncher(page).innerText(), 'Chat with us');
      // Idle: the widget's code is fetched and defines its element, which opens nothing by itself.
      await page.waitForFunction(() => customElements.get('cs-widget') !== undefined);

      assert.equal(await page.evaluate(() => (window as unknown as { storageAccesses: number }).storageAccesses), 0, 'storage touched');
      assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, ''], 'storage written');
      assert.equal(await page.locator('cs-widget').count(), 0);
      assert.deepEqual(sockets, []);
      assert.deepEqual(chatRequests, []);
      assert.deepEqual(await axeViolations(page), [], 'the loader’s launcher passes axe');

      // The probe works: once the shopper hovers, the widget reads its storage.
      await loaderLauncher(page).hover();
      await swapped(page);
      await page.waitForFunction(() => (window as unknown as { storageAccesses: number }).storageAccesses > 0);
      assert.deepEqual(problems, []);
    });
  });

  test('hover swaps in the widget where the launcher is, closed, with the focus left alone', async () => {
    await openPage(async (page, problems) => {
      await page.goto(`${demo.url}/`);
      await loaderLauncher(page).hover();
      await swapped(page);
      assert.equal(await page.locator('cs-widget').getAttribute('open'), null);
      assert.equal(await page.locator('cs-widget').getAttribute('server'), dev.host);
      assert.equal(await page.locator('cs-widget').getAttribute('site'), 'demo-shop');
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
      assert.deepEqual(problems, []);
    });
  });

  test('every setting reaches the widget: server, site, locale, placement, identity token, colour', async () => {
    await openPage(async (page) => {
      await gotoFixture(page, tag('async data-locale="de" data-placement="start" data-identity-token="token-from-the-shop" data-color="rgb(194, 24, 91)"'));
      await loaderLauncher(page).hover();
      await swapped(page);
      const widget = page.locator('cs-widget');
      const attributes = await widget.evaluate((element) => Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])));
      assert.deepEqual(attributes, {
        server: dev.host,
        site: 'demo-shop',
        locale: 'de',
        placement: 'start',
        'identity-token': 'token-from-the-shop',
        style: '--cs-accent: rgb(194, 24, 91);',
      });
      assert.equal(await realLauncher(page).innerText(), 'Chatten Sie mit uns');
      assert.equal(await realLauncher(page).evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(194, 24, 91)');
    });
  });

  test('a click before the widget has loaded opens the panel at once, focus in the composer, and the bot answers', async () => {
    await openPage(async (page, problems) => {
      // The widget's code arrives only after the click: the click lands on the loader's launcher.
      let release!: () => void;
      const clicked = new Promise<void>((resolve) => (release = resolve));
      await page.route(`${demo.url}/dist/cs-widget.js`, async (route) => {
        await clicked;
        await route.continue();
      });
      await page.goto(`${demo.url}/`);
      await loaderLauncher(page).click();
      release();
      const { textbox, send } = shopper(page);
      await textbox.waitFor();
      await page.locator('cs-widget-launcher').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('cs-widget')?.shadowRoot?.activeElement?.localName === 'cs-composer');
      await send('How much does shipping cost?');
      await page.locator('cs-widget cs-bot-message').first().waitFor();
      assert.deepEqual(problems, []);
    });
  });

  test('Tab to the launcher swaps in the widget, whose launcher gets the focus; Enter opens', async () => {
    await openPage(async (page, problems) => {
      await page.goto(`${demo.url}/`);
      const onLauncher = () => page.evaluate(() => ['cs-widget-launcher', 'cs-widget'].includes(document.activeElement?.localName ?? ''));
      for (let i = 0; i < 40 && !(await onLauncher()); i++) await page.keyboard.press('Tab');
      await swapped(page);
      await page.waitForFunction(() => document.querySelector('cs-widget')?.shadowRoot?.activeElement?.classList.contains('launcher'));
      await page.keyboard.press('Enter');
      await shopper(page).textbox.waitFor();
      assert.deepEqual(problems, []);
    });
  });
});

describe('the launcher looks and sits exactly like the widget’s', () => {
  for (const { name, lang, dir, attributes, label, colorScheme } of [
    { name: 'English, at the end', lang: 'en', dir: 'ltr', attributes: '', label: 'Chat with us' },
    { name: 'English in the dark scheme', lang: 'en', dir: 'ltr', attributes: '', label: 'Chat with us', colorScheme: 'dark' as const },
    { name: 'Arabic on an Arabic page, at the start, in the merchant’s colour', lang: 'ar', dir: 'rtl', attributes: 'data-placement="start" data-color="#c2185b"', label: 'الدردشة معنا' },
    { name: 'Japanese by data-locale on an English page', lang: 'en', dir: 'ltr', attributes: 'data-locale="ja"', label: 'チャットでお問い合わせ' },
  ]) {
    test(`${name}: the swap moves no pixel and changes no colour`, async () => {
      await openPage(async (page, problems) => {
        await gotoFixture(page, tag(`async ${attributes}`), { lang, dir });
        await loaderLauncher(page).waitFor();
        const before = await looks(page, 'cs-widget-launcher .launcher');
        assert.equal(before.text, label);
        await loaderLauncher(page).hover();
        await swapped(page);
        assert.deepEqual(await looks(page, 'cs-widget .launcher'), before);
        assert.deepEqual(problems, []);
      }, { colorScheme });
    });
  }
});

test('the page switches language before the shopper reaches for the launcher: the widget still takes over, in the new language', async () => {
  await openPage(async (page, problems) => {
    await gotoFixture(page, tag('async'), { lang: 'ar', dir: 'rtl' });
    assert.equal(await loaderLauncher(page).innerText(), 'الدردشة معنا');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await loaderLauncher(page).hover();
    await swapped(page);
    assert.equal(await realLauncher(page).innerText(), 'Chat with us');
    assert.deepEqual(problems, []);
  });
});

describe('included twice, or next to the element', () => {
  for (const [name, first, second] of [
    ['async and defer', 'async', 'defer'],
    ['classic and module', '', 'type="module"'],
    ['module and async', 'type="module"', 'async'],
  ] as const) {
    test(`${name}: one launcher, then one widget`, async () => {
      await openPage(async (page, problems) => {
        await gotoFixture(page, `${tag(first)}\n${tag(second)}`);
        await loaderLauncher(page).waitFor();
        assert.equal(await page.locator('cs-widget-launcher').count(), 1);
        await loaderLauncher(page).hover();
        await swapped(page);
        assert.equal(await page.locator('cs-widget').count(), 1);
        assert.deepEqual(problems, []);
      });
    });
  }

  test('a page that has <cs-widget> already gets no second launcher', async () => {
    await openPage(async (page, problems) => {
      await gotoFixture(page, `<cs-widget server="${dev.host}" site="demo-shop"></cs-widget>
        <script type="module" src="/dist/cs-widget.js"></script>${tag('async')}`);
      await realLauncher(page).waitFor();
      await page.waitForFunction(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('cs-widget.loader')] === true);
      assert.equal(await page.locator('cs-widget-launcher').count(), 0);
      assert.equal(await page.locator('cs-widget').count(), 1);
      assert.deepEqual(problems, []);
    });
  });
});

describe('mistakes in the script tag', () => {
  const server = () => `data-server="${dev.host}"`;
  for (const { mistake, attributes, message, launcher } of [
    { mistake: 'no data-server', attributes: () => 'data-site="demo-shop"', message: /^\[cs-widget\] data-server is missing: expected a host like chat\.example\.com$/, launcher: false },
    { mistake: 'a URL with a path as data-server', attributes: () => 'data-server="https://chat.example.com/chat" data-site="demo-shop"', message: /^\[cs-widget\] data-server="https:\/\/chat\.example\.com\/chat": expected a host like chat\.example\.com$/, launcher: false },
    { mistake: 'no data-site', attributes: () => server(), message: /^\[cs-widget\] data-site is missing: expected 1-64 of A-Za-z0-9_\.-$/, launcher: false },
    { mistake: 'a site key with a space', attributes: () => `${server()} data-site="demo shop"`, message: /^\[cs-widget\] data-site="demo shop": expected 1-64 of/, launcher: false },
    { mistake: 'a placement other than start or end', attributes: () => `${server()} data-site="demo-shop" data-placement="left"`, message: /^\[cs-widget\] data-placement="left": expected start or end$/, launcher: true },
    { mistake: 'a colour CSS does not know', attributes: () => `${server()} data-site="demo-shop" data-color="blurple"`, message: /^\[cs-widget\] data-color="blurple": expected a CSS colour$/, launcher: true },
    { mistake: 'a misspelt attribute', attributes: () => `${server()} data-site="demo-shop" data-colour="#c2185b"`, message: /^\[cs-widget\] data-colour is unknown: expected data-server, data-site, data-locale, data-placement, data-color, data-identity-token$/, launcher: true },
  ]) {
    test(`${mistake}: one clear console message${launcher ? ', and the widget still works' : ', and no launcher'}`, async () => {
      await openPage(async (page, problems) => {
        await gotoFixture(page, `<script src="/dist/loader.js" ${attributes()}></script>`);
        await page.waitForFunction(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('cs-widget.loader')] === true);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0]!, message);
        if (!launcher) return assert.equal(await page.locator('cs-widget-launcher').count(), 0);
        await loaderLauncher(page).hover();
        await swapped(page);
        // The mistaken setting is left out: the defaults hold.
        assert.equal(await page.locator('cs-widget').getAttribute('placement'), 'end');
        assert.equal(await page.locator('cs-widget').evaluate((widget) => widget.style.getPropertyValue('--cs-accent')), '');
        assert.equal(problems.length, 1, problems.join('\n'));
      });
    });
  }
});

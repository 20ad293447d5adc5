// The widget on pages we did not write (tests/hostile/, served with their own CSP headers) in Firefox ESR
// (puppeteer-core over WebDriver BiDi) against a live `partykit dev`: on each, the launcher is visible and
// not covered, the shopper opens the panel and the bot answers, nothing of ours reaches the console, and
// the page's own elements sit where they sit without the widget (`?widget=off`). Also the back/forward
// cache by Firefox's rules: it keeps out any page with an open WebSocket, deciding before `pagehide`, so
// the widget cannot close its socket in time as it does for Chromium. tests/e2e/hostile-pages.test.ts and
// bfcache.test.ts cover every page in Chromium.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Frame, Page } from 'puppeteer-core';
import { PROBE_SOCKETS_AND_STORAGE, byRole, collectProblems, firefoxOnTheDemo, pageProbes, waitForBodies } from '../support/firefox.ts';
import { pageLayout } from '../support/page-layout.ts';
import { demoShopAlwaysOpen } from '../support/partykit.ts';
import { connect, newId, type Grant } from '../support/room-client.ts';

const live = firefoxOnTheDemo({ 'demo-shop': demoShopAlwaysOpen() });

/** What the shopper asks on every page: the demo shop's knowledge base has the bot's answer. */
const QUESTION = 'How much does shipping cost?';
/** On a timer: with the default (animation frames), Firefox's waits did not always see a change. */
const POLLING = { polling: 100, timeout: 15_000 };

/** Every policy violation as a console error: a violation is not always worded in the console. */
const REPORT_VIOLATIONS = `addEventListener('securitypolicyviolation', (event) =>
  console.error('policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI + ' at ' + event.sourceFile + ':' + event.lineNumber));`;

/**
 * The launcher on screen now (the loader's, or the widget's once swapped) lies in its corner of the
 * viewport and is what the shopper hits at its centre: `elementFromPoint` finds our element, and inside it
 * the launcher button.
 */
async function launcherIsVisible(target: Page | Frame): Promise<string> {
  await target.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true });
  return target.evaluate(() => {
    const host = document.querySelector('cs-widget') ?? document.querySelector('cs-widget-launcher');
    const button = host?.shadowRoot?.querySelector('.launcher');
    if (!host || !button) return 'no launcher';
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return `launcher has no size: ${JSON.stringify(box)}`;
    const { clientWidth, clientHeight } = document.documentElement;
    if (box.left < 0 || box.top < 0 || box.right > clientWidth || box.bottom > clientHeight) return `launcher outside the viewport: ${JSON.stringify(box)}`;
    // In the block-end, inline-end corner (20px from the edges by default), wherever the page's own rules put it.
    const inlineGap = getComputedStyle(host).direction === 'rtl' ? box.left : clientWidth - box.right;
    if (Math.round(inlineGap) !== 20 || Math.round(clientHeight - box.bottom) !== 20) return `launcher not in its corner: ${JSON.stringify(box)}`;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (hit !== host) return `covered by ${hit?.outerHTML.slice(0, 80)}`;
    return button.contains(host.shadowRoot!.elementFromPoint(x, y)) ? 'visible' : 'launcher not hit inside its own element';
  });
}

/** The open panel lies inside the viewport and is what the shopper hits at its centre. */
function panelIsVisible(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const host = document.querySelector('cs-widget');
    const panel = host?.shadowRoot?.querySelector('[part~="panel"]');
    if (!host || !panel) return 'no panel';
    const box = panel.getBoundingClientRect();
    if (box.width < 200 || box.height < 200) return `panel too small: ${JSON.stringify(box)}`;
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return `panel outside the viewport: ${JSON.stringify(box)}`;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === host ? 'visible' : `covered by ${hit?.outerHTML.slice(0, 80)}`;
  });
}

/**
 * Sends the question (in `target`, the page or one of its frames) and waits until `answered` of the
 * shopper's messages are delivered and as many bot answers shown.
 */
async function askTheBot(page: Page, answered = 1, textboxName: string | RegExp = 'Message', target: Page | Frame = page) {
  const textbox = await byRole(target, 'textbox', textboxName);
  await textbox.focus();
  await page.keyboard.type(QUESTION);
  await page.keyboard.press('Enter');
  await target.waitForFunction(
    (count: number) => {
      const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list')?.shadowRoot;
      return list?.querySelectorAll('cs-message[state="delivered"]').length === count && list.querySelectorAll('cs-bot-message').length === count;
    },
    POLLING,
    answered,
  );
}

interface Journey {
  /** What the page needs before the shopper looks for the chat (answering a cookie banner). */
  prepare?: (page: Page) => Promise<void>;
  /** The composer's accessible name in the widget's language. */
  textboxName?: string | RegExp;
  /** The frame (by its name) the shop and the widget are in, if not the page itself. */
  frameName?: string;
}

/** The page's frame named `name`, loaded. */
async function frameNamed(page: Page, name: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(`iframe[name="${name}"]`))!.contentFrame();
  await frame.waitForFunction(() => document.readyState === 'complete', POLLING);
  return frame;
}

/**
 * The common journey on a new shopper's tab: the page's layout without the widget, with the launcher, and
 * with the panel open and the bot's answer in it, all equal; the launcher and the panel visible; nothing
 * in the console. Returns the tab, still open, for more checks.
 */
async function journey(path: string, { prepare, textboxName = 'Message', frameName }: Journey = {}) {
  const context = await live.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const problems = collectProblems(page);
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
    await page.evaluateOnNewDocument(REPORT_VIOLATIONS);
    await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
    await page.goto(`${live.demo.url}${path}?widget=off`);
    const shopWithout = frameName ? await frameNamed(page, frameName) : page;
    await prepare?.(page);
    const without = await shopWithout.evaluate(pageLayout);
    const response = await page.goto(`${live.demo.url}${path}`);
    const shop = frameName ? await frameNamed(page, frameName) : page;
    await prepare?.(page);
    assert.equal(await launcherIsVisible(shop), 'visible');
    assert.deepEqual(await shop.evaluate(pageLayout), without, 'the launcher moved the page');
    await (await shop.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true }))!.click();
    await byRole(shop, 'textbox', textboxName);
    assert.equal(await panelIsVisible(shop), 'visible');
    await askTheBot(page, 1, textboxName, shop);
    assert.equal(await launcherIsVisible(shop), 'visible');
    assert.deepEqual(await shop.evaluate(pageLayout), without, 'the open widget moved the page');
    assert.deepEqual(problems, []);
    return { context, page, problems, headers: response!.headers() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

describe('hostile pages in Firefox', () => {
  test('a global reset: * { all: unset }, a 10px root and hidden buttons', async () => {
    const { context } = await journey('/hostile/reset.html');
    await context.close();
  });

  test('a right-to-left page: the widget sits at its inline end (the left) and speaks its language', async () => {
    const { context, page } = await journey('/hostile/rtl.html', { textboxName: /\p{Script=Hebrew}/u });
    try {
      const where = await page.evaluate(() => {
        const widget = document.querySelector('cs-widget')!.shadowRoot!;
        const box = widget.querySelector('.launcher')!.getBoundingClientRect();
        return { side: box.left < innerWidth / 2 ? 'left' : 'right', lang: widget.querySelector('[lang]')?.getAttribute('lang') };
      });
      assert.deepEqual(where, { side: 'left', lang: 'he' });
    } finally {
      await context.close();
    }
  });

  test('huge z-index: above a sticky header and a promo bar at 999999, once the shopper answers the cookie banner', async () => {
    const accept = async (page: Page) => (await byRole(page, 'button', 'Accept')).click();
    const { context, page } = await journey('/hostile/z-index.html', { prepare: accept });
    try {
      // The promo bar (999999) overlaps the launcher's corner, under it.
      const promoUnderLauncher = await page.evaluate(() => {
        const promo = document.querySelector('.promo')!.getBoundingClientRect();
        const button = document.querySelector('cs-widget')!.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
        return promo.top < button.bottom && promo.bottom > button.top;
      });
      assert.ok(promoUnderLauncher, 'the promo bar should overlap the launcher for this test to mean anything');
    } finally {
      await context.close();
    }
  });

  test('a strict Content-Security-Policy header: no inline scripts or styles, no eval', async () => {
    const { context, page, headers } = await journey('/hostile/strict-csp.html');
    try {
      assert.ok(headers['content-security-policy']?.includes(`connect-src 'self' ${live.dev.httpOrigin} ws://${live.dev.host}`));
      // Enforced (checked after the journey, whose console these refusals would fill): no inline script, no style attribute.
      const refused = await page.evaluate(() => {
        const results: string[] = [];
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true';
        document.body.append(script);
        script.remove();
        results.push('inlineScriptRan' in window ? 'inline script allowed' : 'inline script refused');
        const probe = document.body.appendChild(document.createElement('p'));
        probe.setAttribute('style', 'color: rgb(1, 2, 3)');
        results.push(getComputedStyle(probe).color === 'rgb(1, 2, 3)' ? 'style attribute allowed' : 'style attribute refused');
        probe.remove();
        return results;
      });
      assert.deepEqual(refused, ['inline script refused', 'style attribute refused']);
    } finally {
      await context.close();
    }
  });


  test('Trusted Types enforced, allowing only the lit-html policy', async () => {
    const { context, page, headers } = await journey('/hostile/trusted-types.html');
    try {
      assert.equal(headers['content-security-policy'], "require-trusted-types-for 'script'; trusted-types lit-html");
      // Enforced: markup from a plain string is refused, and no other policy name is allowed.
      const refused = await page.evaluate(() => {
        const results: string[] = [];
        try {
          document.createElement('div').innerHTML = '<b>string markup</b>';
          results.push('innerHTML allowed');
        } catch {
          results.push('innerHTML refused');
        }
        try {
          (window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes.createPolicy('another', {});
          results.push('policy allowed');
        } catch {
          results.push('policy refused');
        }
        return results;
      });
      assert.deepEqual(refused, ['innerHTML refused', 'policy refused']);
    } finally {
      await context.close();
    }
  });

  test('old libraries that add enumerable methods to Object.prototype and Array.prototype', async () => {
    const { context, page, problems } = await journey('/hostile/old-libraries.html');
    try {
      assert.equal(await page.$eval('#basket', (basket) => basket.textContent), 'Kettle in your basket'); // the page's own script ran
      // What the widget stored (through JSON, whose arrays these libraries rewrite) brings the conversation back.
      await page.reload();
      await (await page.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true }))!.click();
      await page.waitForFunction(
        () => {
          const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list')?.shadowRoot;
          return list?.querySelector('cs-message[state="delivered"]') && list.querySelector('cs-bot-message');
        },
        POLLING,
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a single-page app changing routes with history.pushState keeps one socket', async () => {
    const { context, page, problems } = await journey('/hostile/spa.html');
    try {
      assert.equal((await pageProbes(page)).socketUrls.length, 1);
      for (const route of ['Throws', 'Cushions']) {
        await (await byRole(page, 'link', route)).click();
        await page.waitForFunction((name: string) => document.querySelector('h1')?.textContent === name, POLLING, route);
      }
      await page.evaluate(() => history.back());
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Throws', POLLING);
      assert.ok(page.url().endsWith('/hostile/spa/throws'), page.url());
      await askTheBot(page, 2); // the conversation goes on, on the same socket
      assert.equal(await panelIsVisible(page), 'visible');
      assert.equal((await pageProbes(page)).socketUrls.length, 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the script included three times (defer, async, module) makes one launcher and one widget', async () => {
    const { context, page } = await journey('/hostile/twice.html');
    try {
      assert.deepEqual(await page.evaluate(() => [document.querySelectorAll('cs-widget').length, document.querySelectorAll('cs-widget-launcher').length]), [1, 0]);
    } finally {
      await context.close();
    }
  });

  const FRAMES = { 'same-origin': 'from the same origin', 'cross-origin': 'from another origin', sandboxed: 'sandboxed (opaque origin, no storage)' };
  for (const [frameName, description] of Object.entries(FRAMES)) {
    test(`inside an iframe ${description}`, async () => {
      const { context } = await journey('/hostile/iframe.html', { frameName });
      await context.close();
    });
  }
});

/** A new shopper's tab on `path`, with the socket and storage probe; closed when `use` is done. */
async function onPage(path: string, use: (page: Page, problems: string[]) => Promise<void>) {
  const context = await live.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
    await page.goto(`${live.demo.url}${path}`);
    await use(page, problems);
  } finally {
    await context.close();
  }
}

/** Follows the page's link to its size guide, then comes back with the Back button. */
async function leaveAndComeBack(page: Page) {
  await Promise.all([page.waitForNavigation(), (await byRole(page, 'link', 'Size guide')).click()]);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Size guide', POLLING);
  // Not page.goBack(): it waits for a load event, which a page restored from the cache does not fire.
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Tide Swimwear', POLLING);
}

const pageShows = (page: Page) => page.evaluate(() => (window as unknown as { pageShows: string[] }).pageShows);

describe('the back/forward cache in Firefox', () => {
  test('the script tag keeps no page out of the cache: before the shopper chats, the page is restored from it, and the chat works after', async () => {
    await onPage('/hostile/bfcache.html', async (page, problems) => {
      await page.waitForSelector('cs-widget-launcher >>> .launcher', { visible: true });
      // Left once the widget's code (fetched at idle) is in: a request under way keeps a page out of Firefox's cache.
      await page.waitForFunction(() => customElements.get('cs-widget') !== undefined, POLLING);
      await leaveAndComeBack(page);
      assert.deepEqual(await pageShows(page), ['loaded', 'restored']);

      await (await page.waitForSelector('cs-widget-launcher >>> .launcher', { visible: true }))!.click();
      await askTheBot(page);
      assert.equal((await pageProbes(page)).socketUrls.length, 1);
      assert.deepEqual(problems, []);
    });
  });

  test('with a conversation under way (an open WebSocket keeps a page out of Firefox’s cache), coming back shows it, with what was written meanwhile', async () => {
    await onPage('/hostile/bfcache.html', async (page, problems) => {
      await (await page.waitForSelector('cs-widget-launcher >>> .launcher', { visible: true }))!.click();
      await askTheBot(page);
      const { grant } = JSON.parse((await page.evaluate(() => localStorage.getItem('cs-widget:v1:demo-shop')))!) as { grant: Grant };
      await Promise.all([page.waitForNavigation(), (await byRole(page, 'link', 'Size guide')).click()]);

      // Meanwhile the conversation goes on (the same shopper in another tab).
      const other = await connect(live.dev, { ...grant, siteKey: 'demo-shop' });
      const id = newId();
      other.send({ type: 'message/send', id, body: 'Written while away' });
      await other.acked(id);
      other.close();

      await page.evaluate(() => history.back());
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Tide Swimwear', POLLING);
      await (await page.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true }))!.click();
      await waitForBodies(page, [QUESTION, 'Written while away']);
      assert.deepEqual(problems, []);
    });
  });
});

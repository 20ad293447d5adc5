// The widget on pages we did not write (tests/hostile/, served with their own CSP headers) in Firefox ESR
// (puppeteer-core over WebDriver BiDi) against a live `partykit dev`: on each, the launcher is visible and
// not covered, the shopper opens the panel and the bot answers, nothing of ours reaches the console, and
// the page's own elements sit where they sit without the widget (`?widget=off`). Also the back/forward
// cache by Firefox's rules: it keeps out any page with an open WebSocket, deciding before `pagehide`, so
// the widget cannot close its socket in time as it does for Chromium. tests/e2e/hostile-pages.test.ts and
// bfcache.test.ts cover every page in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { PROBE_SOCKETS_AND_STORAGE, byRole, collectProblems, launchFirefox, pageProbes, waitForBodies } from '../support/firefox.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../support/partykit.ts';
import { connect, newId, type Grant } from '../support/room-client.ts';

let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  dev = await PartykitDev.start({ sites: { 'demo-shop': demoShopAlwaysOpen() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

/** What the shopper asks on every page: the demo shop's knowledge base has the bot's answer. */
const QUESTION = 'How much does shipping cost?';
/** On a timer: with the default (animation frames), Firefox's waits did not always see a change. */
const POLLING = { polling: 100, timeout: 15_000 };

/** Every policy violation as a console error: a violation is not always worded in the console. */
const REPORT_VIOLATIONS = `addEventListener('securitypolicyviolation', (event) =>
  console.error('policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI + ' at ' + event.sourceFile + ':' + event.lineNumber));`;

/** The page's own layout: the box of each of its elements (by tag path, leaving out scripts and our cs-* elements) and its scroll size. */
function layoutOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const layout: Record<string, string> = {};
    for (const element of document.body.querySelectorAll('*')) {
      if (element.tagName === 'SCRIPT' || element.tagName.startsWith('CS-')) continue;
      let path = '';
      for (let node: Element = element; node !== document.body; node = node.parentElement!) {
        const sameTag = Array.prototype.filter.call(node.parentElement!.children, (sibling: Element) => sibling.tagName === node.tagName);
        path = `/${node.tagName.toLowerCase()}[${sameTag.indexOf(node)}]${path}`;
      }
      const box = element.getBoundingClientRect();
      layout[path] = `${box.x},${box.y} ${box.width}x${box.height}`;
    }
    const scroller = document.scrollingElement!;
    layout['scroll size'] = `${scroller.scrollWidth}x${scroller.scrollHeight}`;
    return layout;
  });
}

/**
 * The launcher on screen now (the loader's, or the widget's once swapped) lies in its corner of the
 * viewport and is what the shopper hits at its centre: `elementFromPoint` finds our element, and inside it
 * the launcher button.
 */
async function launcherIsVisible(page: Page): Promise<string> {
  await page.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true });
  return page.evaluate(() => {
    const host = document.querySelector('cs-widget') ?? document.querySelector('cs-widget-launcher');
    const button = host?.shadowRoot?.querySelector('.launcher');
    if (!host || !button) return 'no launcher';
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return `launcher has no size: ${JSON.stringify(box)}`;
    const { clientWidth, clientHeight } = document.documentElement;
    if (box.left < 0 || box.top < 0 || box.right > clientWidth || box.bottom > clientHeight) return `launcher outside the viewport: ${JSON.stringify(box)}`;
    if (Math.round(clientWidth - box.right) !== 20 || Math.round(clientHeight - box.bottom) !== 20) return `launcher not in its corner: ${JSON.stringify(box)}`;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (hit !== host) return `covered by ${hit?.outerHTML.slice(0, 80)}`;
    return button.contains(host.shadowRoot!.elementFromPoint(x, y)) ? 'visible' : 'launcher not hit inside its own element';
  });
}

/** The open panel lies inside the viewport and is what the shopper hits at its centre. */
function panelIsVisible(page: Page): Promise<string> {
  return page.evaluate(() => {
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

/** Sends the question and waits until `answered` of the shopper's messages are delivered and as many bot answers shown. */
async function askTheBot(page: Page, answered = 1) {
  const textbox = await byRole(page, 'textbox', 'Message');
  await textbox.focus();
  await page.keyboard.type(QUESTION);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (count: number) => {
      const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list')?.shadowRoot;
      return list?.querySelectorAll('cs-message[state="delivered"]').length === count && list.querySelectorAll('cs-bot-message').length === count;
    },
    POLLING,
    answered,
  );
}

/**
 * The common journey on a new shopper's tab: the page's layout without the widget, with the launcher, and
 * with the panel open and the bot's answer in it, all equal; the launcher and the panel visible; nothing
 * in the console. Returns the tab, still open, for more checks.
 */
async function journey(path: string) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const problems = collectProblems(page);
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
    await page.evaluateOnNewDocument(REPORT_VIOLATIONS);
    await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
    await page.goto(`${demo.url}${path}?widget=off`);
    const without = await layoutOf(page);
    const response = await page.goto(`${demo.url}${path}`);
    assert.equal(await launcherIsVisible(page), 'visible');
    assert.deepEqual(await layoutOf(page), without, 'the launcher moved the page');
    await (await page.waitForSelector('cs-widget >>> .launcher, cs-widget-launcher >>> .launcher', { visible: true }))!.click();
    await byRole(page, 'textbox', 'Message');
    assert.equal(await panelIsVisible(page), 'visible');
    await askTheBot(page);
    assert.equal(await launcherIsVisible(page), 'visible');
    assert.deepEqual(await layoutOf(page), without, 'the open widget moved the page');
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

  test('a strict Content-Security-Policy header: no inline scripts or styles, no eval', async () => {
    const { context, page, headers } = await journey('/hostile/strict-csp.html');
    try {
      assert.ok(headers['content-security-policy']?.includes(`connect-src 'self' ${dev.httpOrigin} ws://${dev.host}`));
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

});

/** A new shopper's tab on `path`, with the socket and storage probe; closed when `use` is done. */
async function onPage(path: string, use: (page: Page, problems: string[]) => Promise<void>) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
    await page.goto(`${demo.url}${path}`);
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
      const other = await connect(dev, { ...grant, siteKey: 'demo-shop' });
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

// The widget on pages we did not write (tests/hostile/, served by scripts/demo-server.mjs with their own
// CSP and Trusted Types headers), in Chromium against a live `partykit dev`: on each, the launcher is
// visible and not covered, the shopper can open the panel, send a message, see it delivered and the bot's
// answer; nothing of ours reaches the console (errors, CSP or Trusted Types violations); and the page's own
// elements sit exactly where they sit without the widget (`?widget=off` strips its script tag).
import { deepEqual, equal, ok } from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { chromiumPath } from '../support/chromium.ts';
import { pageLayout } from '../support/page-layout.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../support/partykit.ts';

let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  dev = await PartykitDev.start({ sites: { 'demo-shop': demoShopAlwaysOpen() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  // Playwright turns the back/forward cache off by default; the bfcache page needs it.
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

/** What the shopper asks on every page: the demo shop's knowledge base has the bot's answer. */
const QUESTION = 'How much does shipping cost?';

/** A new shopper on a page, with every console error, uncaught exception and policy violation recorded. */
async function openShopper(): Promise<{ context: BrowserContext; page: Page; problems: string[]; sockets: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  // Also as events, in every frame: a violation is not always worded in the console.
  await page.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) =>
      console.error(`policy violation: ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return { context, page, problems, sockets };
}

/** The launcher on screen now: the loader's until the shopper reaches for it, then the widget's. */
const launcher = (frame: Frame) => frame.locator('cs-widget-launcher .launcher, cs-widget .launcher').first();

/**
 * The launcher lies inside the viewport and is what the shopper hits at its centre (not covered by the
 * page): `elementFromPoint` at the centre finds our element, and inside it the launcher button.
 */
async function launcherIsVisible(frame: Frame): Promise<string> {
  await launcher(frame).waitFor();
  return frame.evaluate(() => {
    const host = document.querySelector('cs-widget') ?? document.querySelector('cs-widget-launcher');
    const button = host?.shadowRoot?.querySelector('.launcher');
    if (!host || !button) return 'no launcher';
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return `launcher has no size: ${JSON.stringify(box)}`;
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return `launcher outside the viewport: ${JSON.stringify(box)}`;
    // In the block-end, inline-end corner (20px from the edges by default), wherever the page's own rules put it.
    const { clientWidth, clientHeight } = document.documentElement;
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
function panelIsVisible(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
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

const textbox = (frame: Frame) => frame.locator('cs-widget').getByRole('textbox');

/** Sends a message and waits for it to be delivered and answered by the bot (the nth of each). */
async function askTheBot(frame: Frame, nth = 1) {
  await textbox(frame).fill(QUESTION);
  await textbox(frame).press('Enter');
  await frame.locator('cs-message[state="delivered"]').nth(nth - 1).waitFor({ timeout: 15_000 });
  await frame.locator('cs-bot-message').nth(nth - 1).waitFor({ timeout: 15_000 });
}

async function openPanel(frame: Frame) {
  await launcher(frame).click();
  await textbox(frame).waitFor();
  equal(await panelIsVisible(frame), 'visible');
}

/** The page as the test sees it: its main frame, or the frame named `frameName`. */
function frameOf(page: Page, frameName?: string): Frame {
  if (!frameName) return page.mainFrame();
  const frame = page.frame({ name: frameName });
  ok(frame, `no frame named ${frameName}`);
  return frame;
}

interface Journey {
  /** What the page does before the shopper looks for the chat (answering a cookie banner). */
  prepare?: (frame: Frame) => Promise<void>;
  frameName?: string;
}

/**
 * The common journey: the page's layout without the widget, with the launcher, and with the panel open
 * and a conversation in it, all equal; the launcher and panel visible; the bot answers; nothing in the
 * console.
 */
async function journey(path: string, { prepare, frameName }: Journey = {}) {
  const shopper = await openShopper();
  const { context, page, problems } = shopper;
  try {
    await page.goto(`${demo.url}${path}?widget=off`);
    await prepare?.(frameOf(page, frameName));
    const without = await frameOf(page, frameName).evaluate(pageLayout);
    const response = await page.goto(`${demo.url}${path}`);
    const frame = frameOf(page, frameName);
    await frame.waitForLoadState('load');
    await prepare?.(frame);
    equal(await launcherIsVisible(frame), 'visible');
    deepEqual(await frame.evaluate(pageLayout), without, 'the launcher moved the page');
    await openPanel(frame);
    await askTheBot(frame);
    equal(await launcherIsVisible(frame), 'visible');
    deepEqual(await frame.evaluate(pageLayout), without, 'the open widget moved the page');
    deepEqual(problems, []);
    return { ...shopper, frame, headers: response!.headers() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

describe('hostile pages', () => {
  test('a global reset: * { all: unset }, a 10px root and hidden buttons', async () => {
    const { context } = await journey('/hostile/reset.html');
    await context.close();
  });

  test('a right-to-left page: the widget sits at its inline end (the left) and speaks its language', async () => {
    const { context, frame } = await journey('/hostile/rtl.html');
    const side = await frame.evaluate(() => {
      const box = document.querySelector('cs-widget')!.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
      return box.left < innerWidth / 2 ? 'left' : 'right';
    });
    equal(side, 'left');
    equal(await frame.locator('cs-widget').evaluate((widget) => widget.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')), 'he');
    await context.close();
  });

  test('a strict Content-Security-Policy header: no inline scripts or styles, no eval', async () => {
    const { context, page, headers } = await journey('/hostile/strict-csp.html');
    ok(headers['content-security-policy']?.includes(`connect-src 'self' ${dev.httpOrigin} ws://${dev.host}`));
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
    deepEqual(refused, ['inline script refused', 'style attribute refused']);
    await context.close();
  });

  test('Trusted Types enforced, allowing only the lit-html policy', async () => {
    const { context, page, headers } = await journey('/hostile/trusted-types.html');
    equal(headers['content-security-policy'], "require-trusted-types-for 'script'; trusted-types lit-html");
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
    deepEqual(refused, ['innerHTML refused', 'policy refused']);
    await context.close();
  });

  test('old libraries that add enumerable methods to Object.prototype and Array.prototype', async () => {
    const { context, page, frame, problems } = await journey('/hostile/old-libraries.html');
    equal(await frame.locator('#basket').textContent(), 'Kettle in your basket'); // the page's own script ran
    // What the widget stored (through JSON, whose arrays these libraries rewrite) brings the conversation back.
    await page.reload();
    await openPanel(frame);
    await frame.locator('cs-message[state="delivered"]').first().waitFor();
    await frame.locator('cs-bot-message').first().waitFor();
    deepEqual(problems, []);
    await context.close();
  });

  test('huge z-index: above a sticky header and a promo bar at 999999; a max z-index cookie banner covers it until answered', async () => {
    const { context, page, problems } = await openShopper();
    try {
      await page.goto(`${demo.url}/hostile/z-index.html`);
      // The page chose to put its banner above everything: until the shopper answers it, it covers us.
      ok((await launcherIsVisible(page.mainFrame())).startsWith('covered by <div class="cookies"'));
      deepEqual(problems, []);
    } finally {
      await context.close();
    }
    const accept = (frame: Frame) => frame.getByRole('button', { name: 'Accept' }).click();
    const { context: answered, frame } = await journey('/hostile/z-index.html', { prepare: accept });
    // The promo bar (999999) overlaps the launcher's corner, under it.
    const promoUnderLauncher = await frame.evaluate(() => {
      const promo = document.querySelector('.promo')!.getBoundingClientRect();
      const button = document.querySelector('cs-widget')!.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
      return promo.top < button.bottom && promo.bottom > button.top;
    });
    ok(promoUnderLauncher, 'the promo bar should overlap the launcher for this test to mean anything');
    await answered.close();
  });

  test('a single-page app changing routes with history.pushState keeps one socket', async () => {
    const { context, page, frame, sockets, problems } = await journey('/hostile/spa.html');
    try {
      equal(sockets.length, 1);
      for (const route of ['Throws', 'Cushions']) {
        await page.getByRole('link', { name: route }).click();
        await page.getByRole('heading', { name: route }).waitFor();
      }
      await page.goBack();
      await page.getByRole('heading', { name: 'Throws' }).waitFor();
      ok(page.url().endsWith('/hostile/spa/throws'));
      await askTheBot(frame, 2); // the conversation goes on, on the same socket
      equal(await panelIsVisible(frame), 'visible');
      deepEqual(sockets, [sockets[0]]);
      deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('back/forward cache: the page comes back from the cache and the widget reconnects', async () => {
    const { context, page, frame, sockets, problems } = await journey('/hostile/bfcache.html');
    try {
      await page.getByRole('link', { name: 'Size guide' }).click();
      await page.getByRole('heading', { name: 'Size guide' }).waitFor();
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { pageShows: string[] }).pageShows.length === 2);
      deepEqual(await page.evaluate(() => (window as unknown as { pageShows: string[] }).pageShows), ['loaded', 'restored']);
      await askTheBot(frame, 2);
      equal(await panelIsVisible(frame), 'visible');
      equal(sockets.length, 2, 'one socket before leaving, a new one after coming back');
      deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the script included three times (defer, async, module) makes one launcher and one widget', async () => {
    const { context, page } = await openShopper();
    try {
      await page.goto(`${demo.url}/hostile/twice.html`);
      await launcher(page.mainFrame()).waitFor();
      equal(await page.locator('cs-widget-launcher').count(), 1);
    } finally {
      await context.close();
    }
    const { context: again, page: twice } = await journey('/hostile/twice.html');
    equal(await twice.locator('cs-widget').count(), 1);
    equal(await twice.locator('cs-widget-launcher').count(), 0);
    await again.close();
  });

  const FRAMES = { 'same-origin': 'from the same origin', 'cross-origin': 'from another origin', sandboxed: 'sandboxed (opaque origin, no storage)' };
  for (const [frameName, description] of Object.entries(FRAMES)) {
    test(`inside an iframe ${description}`, async () => {
      const { context } = await journey('/hostile/iframe.html', { frameName });
      await context.close();
    });
  }
});

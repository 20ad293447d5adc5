// The shopper's main journeys on the demo pages in Firefox ESR (puppeteer-core over WebDriver BiDi),
// against a live `partykit dev`: a bot answer and the hand-over to a person with the expected wait, a
// server restart, and an Arabic widget right to left. The other e2e suites cover the same in Chromium.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'puppeteer-core';
import { axeViolations, byRole, firefoxOnTheDemo, shopper, waitForText } from '../support/firefox.ts';
import { demoShopAlwaysOpen } from '../support/partykit.ts';

const live = firefoxOnTheDemo({ 'demo-shop': demoShopAlwaysOpen() });
let context: BrowserContext | undefined;
let page: Page;
let pageErrors: string[];

beforeEach(async () => {
  await context?.close();
  context = await live.browser.createBrowserContext(); // a new shopper: empty storage
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => {
    // Firefox reports its own WebSocket troubles as errors of the page: a socket refused while the server
    // is down, and one cut by a reload ("The connection to ws://… was interrupted while the page was loading").
    if (!/(can’t establish a connection to the server at|^Error: The connection to) ws:/.test(String(error))) pageErrors.push(String(error));
  });
});

/** Waits until the shopper's own messages on screen are exactly these, as `body | delivery state`. */
async function waitForMessages(expected: string[]) {
  await page.waitForFunction(
    (want: string) => {
      const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list');
      const nodes = [...(list?.shadowRoot?.querySelectorAll('cs-message') ?? [])];
      return JSON.stringify(nodes.map((n) => `${(n as HTMLElement & { body: string }).body} | ${n.getAttribute('state')}`)) === want;
    },
    { timeout: 15_000, polling: 100 },
    JSON.stringify(expected),
  );
}

describe('the demo storefront in Firefox', () => {
  test('open the widget, get an answer from the bot, ask for a person and be told the expected wait', async () => {
    await page.goto(`${live.demo.url}/`);
    const { openChat, send } = shopper(page);
    await openChat();

    await send('How much does shipping cost?');
    await waitForMessages(['How much does shipping cost? | delivered']);
    await waitForText(page, /^Delivered$/);
    // The knowledge base's answer, marked as the bot's.
    await waitForText(page, 'We ship from Germany within 1 business day.');
    await waitForText(page, /^Bot$/);

    await (await byRole(page, 'button', 'Talk to a person')).click();
    await waitForText(page, 'I have passed your conversation to a person');
    await waitForText(page, 'We got your message.');
    // Medium priority, nobody online: the site's 240-minute target.
    await waitForText(page, 'A person will answer within 4 hours.');
    assert.deepEqual(pageErrors, []);
  });

  test('after partykit dev crashes and comes back, the widget reconnects and delivers what was sent meanwhile', async () => {
    await page.goto(`${live.demo.url}/`);
    const { openChat, send } = shopper(page);
    await openChat();
    await send('before the restart');
    await waitForMessages(['before the restart | delivered']);

    await live.dev.stop('SIGKILL');
    await waitForText(page, /Reconnecting/);
    await send('sent while the server is down');
    await waitForMessages(['before the restart | delivered', 'sent while the server is down | sending']);

    await live.dev.start();
    await waitForMessages(['before the restart | delivered', 'sent while the server is down | delivered']);
    // Exactly once, as the room stored it: a fresh load shows each message one time.
    await page.reload();
    await openChat();
    await waitForMessages(['before the restart | delivered', 'sent while the server is down | delivered']);
    assert.deepEqual(pageErrors, []);
  });

  test('demo/rtl.html: an Arabic widget on an English page is right to left, in Arabic, and passes axe', async () => {
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${live.demo.url}/rtl.html`);
    const launcher = await byRole(page, 'button', /\p{Script=Arabic}/u);
    // The launcher at the page's inline end: the right of this English page.
    const launcherBox = await launcher.boundingBox();
    assert.ok(launcherBox && launcherBox.x + launcherBox.width / 2 > 640, `launcher at ${JSON.stringify(launcherBox)}`);
    await launcher.click();

    // The panel's text box, named in Arabic.
    const textbox = await byRole(page, 'textbox', /\p{Script=Arabic}/u);
    const panel = await page.evaluate(() => {
      const base = document.querySelector('cs-widget')!.shadowRoot!.querySelector<HTMLElement>('.base')!;
      const panelElement = base.querySelector('.panel')!;
      return { lang: base.lang, dir: base.dir, direction: getComputedStyle(panelElement).direction };
    });
    assert.deepEqual(panel, { lang: 'ar', dir: 'rtl', direction: 'rtl' });
    assert.deepEqual(await axeViolations(page), []);

    await textbox.focus();
    await page.keyboard.type('كم يستغرق الشحن؟');
    await page.keyboard.press('Enter');
    await waitForMessages(['كم يستغرق الشحن؟ | delivered']);
    // The bot answers in the widget's language.
    await waitForText(page, 'نشحن من ألمانيا خلال يوم عمل واحد.');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(pageErrors, []);
  });
});

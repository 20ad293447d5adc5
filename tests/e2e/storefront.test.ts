// The demo storefront in Chromium against a live `partykit dev`: what a shopper sees, through restarts
// and outages.
import { equal, deepEqual } from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { launchChromium, shopper } from '../support/chromium.ts';

let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  dev = await PartykitDev.start({ sites: { 'demo-shop': testSite() } }); // the demo page's site
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext(); // a new shopper: empty localStorage
  page = await context.newPage();
  await page.goto(`${demo.url}/`);
});

const textbox = () => page.getByRole('textbox', { name: 'Message' });
const messages = () => page.locator('cs-message');
const openChat = () => shopper(page).openChat();
const send = (text: string) => shopper(page).send(text);

/** Bodies and delivery states of the messages on screen, in order. */
async function shownMessages() {
  return messages().evaluateAll((nodes) =>
    nodes.map((node) => `${(node as HTMLElement & { body: string }).body} | ${node.getAttribute('state')}`),
  );
}

async function waitForMessages(expected: string[]) {
  await page.waitForFunction(
    (want) => {
      const widget = document.querySelector('cs-widget');
      const list = widget?.shadowRoot?.querySelector('cs-message-list');
      const nodes = [...(list?.shadowRoot?.querySelectorAll('cs-message') ?? [])];
      return JSON.stringify(nodes.map((n) => `${(n as HTMLElement & { body: string }).body} | ${n.getAttribute('state')}`)) === JSON.stringify(want);
    },
    expected,
    { timeout: 15_000 },
  );
}

describe('the demo storefront', () => {
  test('stores nothing and opens no connection before the first message (it only reads the availability)', async () => {
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    const chatRequests: string[] = [];
    page.on('request', (request) => request.url().includes(dev.host) && chatRequests.push(request.url()));
    await openChat();
    await textbox().fill('typing but not sending');
    equal(await page.evaluate(() => localStorage.length), 0);
    deepEqual(sockets, []);
    deepEqual(chatRequests, [`${dev.httpOrigin}/api/sites/demo-shop/availability?v=1`]);
  });

  test('a message shows at once and turns delivered; Shift+Enter adds a line', async () => {
    await openChat();
    await textbox().fill('My parcel');
    await textbox().press('Shift+Enter');
    await textbox().pressSequentially('arrived broken');
    await textbox().press('Enter');
    await waitForMessages(['My parcel\narrived broken | delivered']);
    await page.getByText('Delivered', { exact: true }).waitFor();
    // Connected: the header shows the team's availability (open around the clock, nobody online).
    await page.getByText('Open · the team is busy', { exact: true }).waitFor();
  });

  test('after a reload and after a server restart, the whole history is there in order', async () => {
    await openChat();
    const all: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      await send(text);
      all.push(`${text} | delivered`);
      await waitForMessages(all);
    }
    await page.reload();
    await openChat();
    await waitForMessages(all);

    await dev.stop();
    await dev.start();
    await page.reload();
    await openChat();
    await waitForMessages(all);
  });

  test('a message sent while the server is down survives a reload and is delivered exactly once', async () => {
    await openChat();
    await send('before the outage');
    await waitForMessages(['before the outage | delivered']);

    await dev.stop('SIGKILL');
    await page.getByText(/Reconnecting/).waitFor();
    await send('sent during the outage');
    await waitForMessages(['before the outage | delivered', 'sent during the outage | sending']);
    equal(await page.getByText('Sending…', { exact: true }).count(), 1);

    await page.reload(); // still down: the outbox brings it back
    await openChat();
    await waitForMessages(['sent during the outage | sending']);

    await dev.start();
    await waitForMessages(['before the outage | delivered', 'sent during the outage | delivered']);

    // Exactly once, as stored by the room: a fresh load shows each message one time.
    await page.reload();
    await openChat();
    await waitForMessages(['before the outage | delivered', 'sent during the outage | delivered']);
    equal((await shownMessages()).length, 2);
  });
});

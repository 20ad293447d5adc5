// The back/forward cache with a conversation under way, in Chromium against a real `partykit dev`: the
// socket closes as the page goes into the cache (an open one would keep it out), the page comes back from
// the cache, and the socket reopens after the last message it had: what was written meanwhile shows.
import { deepEqual, equal, ok } from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { chromiumPath, shopper } from '../support/chromium.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { connect, newId } from '../support/room-client.ts';

const SITE = 'demo-shop'; // the demo storefront's site
let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  dev = await PartykitDev.start({ sites: { [SITE]: testSite() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  // Playwright turns the back/forward cache off by default.
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--disable-features=LocalNetworkAccessChecks'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

async function waitForBodies(page: Page, expected: string[]) {
  await page.waitForFunction(
    (want) => {
      const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list');
      const nodes = [...(list?.shadowRoot?.querySelectorAll('cs-message') ?? [])];
      return JSON.stringify(nodes.map((n) => (n as HTMLElement & { body: string }).body)) === JSON.stringify(want);
    },
    expected,
    { timeout: 15_000 },
  );
}

test('leaving for another page and coming back: restored from the cache, the socket reopens where it left off', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // Every pageshow, as `persisted` (true: restored from the back/forward cache).
    await page.addInitScript('window.pageShows = []; addEventListener("pageshow", (event) => window.pageShows.push(event.persisted));');
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));

    // The demo server says `no-store` (always the latest build), which keeps any page out of the cache; a
    // shop's pages are cacheable, so this one is served as `no-cache`. (A page answered from here counts as
    // public, hence the browser flag above letting it reach the chat server on loopback.)
    await page.route(`${demo.url}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': 'no-cache' } });
    });
    await page.goto(`${demo.url}/`);
    await shopper(page).openChat();
    await shopper(page).send('Before leaving');
    await waitForBodies(page, ['Before leaving']);
    // Acknowledged: the conversation's grant is stored and the message is no longer on its way.
    await page.waitForFunction(() => {
      const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list');
      return list?.shadowRoot?.querySelector('cs-message')?.getAttribute('state') === 'delivered';
    });
    const stored = await page.evaluate((site) => localStorage.getItem(`cs-widget:v1:${site}`), SITE);
    const { grant } = JSON.parse(stored!) as { grant: { conversationId: string; token: string } };

    await page.goto(`${demo.url}/?widget=off`);
    equal(sockets.length, 1);

    // Meanwhile the conversation goes on (the same shopper in another tab).
    const other = await connect(dev, { ...grant, siteKey: SITE });
    const id = newId();
    other.send({ type: 'message/send', id, body: 'Written while away' });
    const written = (await other.acked(id)).message.seq;
    other.close();

    // An open socket would keep the page out of the cache (Chromium: "WebSocket"): it is closed on pagehide.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { pageShows: boolean[] }).pageShows.length === 2);
    deepEqual(await page.evaluate(() => (window as unknown as { pageShows: boolean[] }).pageShows), [false, true], 'restored from the cache');
    await waitForBodies(page, ['Before leaving', 'Written while away']);
    equal(sockets.length, 2, 'one new socket after coming back');
    const resumedAfter = Number(new URL(sockets[1]!).searchParams.get('after'));
    ok(resumedAfter > 0 && resumedAfter < written, `resumed after the last message it had (after=${resumedAfter}, the new one is ${written})`);
  } finally {
    await context.close();
  }
});

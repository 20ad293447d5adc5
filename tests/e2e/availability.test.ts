// The team's availability on the demo storefront, in Chromium against a live `partykit dev`: the header
// says it as soon as the chat opens, before any message, and the widget asks again when it flips, over HTTP
// before the first message and with `wait/refresh` on the conversation's socket after it.
import { deepEqual, equal } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { clockIn } from '../support/wall-clock.ts';
import { launchChromium, shopper } from '../support/chromium.ts';
import { ALWAYS_OPEN_HOURS, PartykitDev, testSite } from '../support/partykit.ts';

const SHOPPER_ZONE = 'Asia/Riyadh';
const HOUR = 3600_000;
const AVAILABILITY_PATH = '/api/sites/demo-shop/availability';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/**
 * One shift a day, every day, starting in the hour after next (UTC): the team is closed now and opens at
 * `opensAt`, one to two hours from now, whenever the test runs (and still so if it crosses an hour).
 */
function opensSoon(now = Date.now()) {
  const opensAt = Math.floor(now / HOUR) * HOUR + 2 * HOUR;
  const hour = new Date(opensAt).getUTCHours();
  const clock = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const shift = [[clock(hour), clock(hour + 1)]];
  return { hours: Object.fromEntries(Object.keys(ALWAYS_OPEN_HOURS).map((day) => [day, shift])), opensAt };
}

/** What the page sent, recorded in the page as it happens (so reading it is exact, with no waiting). */
interface Sent {
  readonly fetched: string[];
  readonly frames: string[];
}
declare global {
  interface Window {
    sent: Sent;
  }
}

/** A live server with the demo page's site configured as given, and a shopper's tab on the demo page. */
async function storefront(site: Record<string, unknown>, options: { fakeClock?: boolean } = {}) {
  const dev = await PartykitDev.start({ sites: { 'demo-shop': site } });
  const demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  const context = await browser.newContext({ timezoneId: SHOPPER_ZONE, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const sent: Sent = { fetched: [], frames: [] };
    window.sent = sent;
    const { fetch } = window;
    window.fetch = (input, init) => {
      sent.fetched.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const { send } = window.WebSocket.prototype;
    window.WebSocket.prototype.send = function (data) {
      sent.frames.push(String(data));
      send.call(this, data);
    };
  });
  // Real time, flowing; the test may pause it and jump ahead.
  if (options.fakeClock) await page.clock.install();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto(`${demo.url}/`);
  await page.getByRole('button', { name: 'Chat with us' }).waitFor();
  return {
    dev,
    page,
    sockets,
    header: page.locator('cs-widget').locator('.status'),
    sent: () => page.evaluate(() => window.sent),
    availabilityFetches: async () => (await page.evaluate(() => window.sent.fetched)).filter((url) => new URL(url).pathname === AVAILABILITY_PATH),
    async close() {
      await context.close();
      await demo.close();
      await dev.dispose();
    },
  };
}

/** Stops the page's clock where it is now (it flowed in real time until here). */
async function pauseClock(page: Page): Promise<number> {
  const now = (await page.evaluate(() => Date.now())) + 100;
  await page.clock.pauseAt(now);
  return now;
}

describe("the team's availability in the header", () => {
  test('before any message: opening the chat shows when a closed team opens, in the shopper\'s time; nothing is started', async () => {
    const { hours, opensAt } = opensSoon();
    const shop = await storefront(testSite({ hours }));
    try {
      // Nothing is fetched for a closed panel.
      deepEqual(await shop.availabilityFetches(), []);
      await shopper(shop.page).openChat();
      await shop.header.getByText(`Closed · opens ${clockIn(opensAt, SHOPPER_ZONE)}`, { exact: true }).waitFor();
      equal((await shop.availabilityFetches()).length, 1);
      // Only asked: no conversation minted, no socket, nothing stored.
      deepEqual((await shop.sent()).fetched.filter((url) => !url.includes(AVAILABILITY_PATH)), []);
      deepEqual(shop.sockets, []);
      equal(await shop.page.evaluate(() => localStorage.length), 0);
    } finally {
      await shop.close();
    }
  });

  test('before any message: an open team with an agent online says so', async () => {
    const shop = await storefront(testSite({ hours: ALWAYS_OPEN_HOURS }));
    const token = await signAgentToken(shop.dev.agentSecret, { sub: `agent-${randomUUID()}`, name: 'Alice', site: 'demo-shop', exp: Math.floor(Date.now() / 1000) + 600 });
    const agent = new WebSocket(`ws://${shop.dev.host}/parties/inbox/demo-shop?v=1&agent=${token}`);
    try {
      await new Promise((resolve, reject) => {
        agent.once('message', resolve); // the inbox's first queue/updated: the agent is counted
        agent.once('error', reject);
      });
      await shopper(shop.page).openChat();
      await shop.header.getByText('Online', { exact: true }).waitFor();
      deepEqual(shop.sockets, []);
    } finally {
      agent.terminate();
      await shop.close();
    }
  });

  test('before any message: the widget fetches the availability again when it flips, not before', async () => {
    const { hours, opensAt } = opensSoon();
    const shop = await storefront(testSite({ hours }), { fakeClock: true });
    try {
      await shopper(shop.page).openChat();
      await shop.header.getByText(/^Closed · opens /).waitFor();
      const now = await pauseClock(shop.page);
      await shop.page.clock.fastForward(opensAt - now - 60_000);
      equal((await shop.availabilityFetches()).length, 1, 'a minute before the team opens: not asked again');
      // Past the opening plus the spread (up to 5 s) that keeps shoppers from all asking at once.
      await shop.page.clock.fastForward(66_000);
      equal((await shop.availabilityFetches()).length, 2, 'asked again once the team opened');
    } finally {
      await shop.close();
    }
  });

  test("waiting in a conversation: the widget sends wait/refresh on its socket when the team's availability flips, not before", async () => {
    const { hours, opensAt } = opensSoon();
    const shop = await storefront(testSite({ hours }), { fakeClock: true });
    const refreshes = async () => (await shop.sent()).frames.filter((frame) => (JSON.parse(frame) as { type: string }).type === 'wait/refresh');
    try {
      const { openChat, send } = shopper(shop.page);
      await openChat();
      await send('Can I still order for Friday?');
      // The e-mail offer shows only for the room's estimate (closed): its wait/updated has arrived.
      await shop.page.getByRole('textbox', { name: /e-mail address/ }).waitFor();
      const now = await pauseClock(shop.page);
      await shop.page.clock.fastForward(opensAt - now - 60_000);
      deepEqual(await refreshes(), [], 'a minute before the team opens: no refresh yet');
      await shop.page.clock.fastForward(66_000);
      equal((await refreshes()).length, 1, 'one wait/refresh once the team opened');
      // With a conversation, the room tells the availability: no more HTTP.
      equal((await shop.availabilityFetches()).length, 1);
    } finally {
      await shop.close();
    }
  });
});

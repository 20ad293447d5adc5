// The honest wait on the demo storefront, in Chromium against a live `partykit dev`: what a shopper in
// another time zone is told, live changes as agents come and go, and the e-mail offer after hours.
import { equal, match } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { startMerchantBackend } from '../../demo/merchant-backend.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { clockIn, dayIn } from '../support/wall-clock.ts';
import { launchChromium, shopper } from '../support/chromium.ts';
import { ALWAYS_OPEN_HOURS, PartykitDev, freePort, testSite } from '../support/partykit.ts';

const TEAM_ZONE = 'America/New_York';
const SHOPPER_ZONE = 'Asia/Riyadh';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** A live server with the demo page's site configured as given, the demo page, and a shopper's tab. */
async function storefront(site: Record<string, unknown>) {
  const dev = await PartykitDev.start({ sites: { 'demo-shop': site } });
  const demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  const context = await browser.newContext({ timezoneId: SHOPPER_ZONE, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${demo.url}/`);
  return {
    dev,
    page,
    header: page.locator('cs-widget').locator('.status'),
    async close() {
      await context.close();
      await demo.close();
      await dev.dispose();
    },
  };
}

async function agentSocket(dev: PartykitDev, path: string) {
  const token = await signAgentToken(dev.agentSecret, { sub: `agent-${randomUUID()}`, name: 'Alice', site: 'demo-shop', exp: Math.floor(Date.now() / 1000) + 600 });
  const socket = new WebSocket(`ws://${dev.host}${path}${path.includes('?') ? '&' : '?'}v=1&agent=${token}`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

const wallClock = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);

describe('the expected wait on the storefront', () => {
  test('open, nobody online: the target is promised, and the header follows agents coming and going, live', async () => {
    const shop = await storefront(testSite({ timeZone: TEAM_ZONE, hours: ALWAYS_OPEN_HOURS }));
    try {
      const { openChat, send } = shopper(shop.page);
      await openChat();
      // How fast it comes is measured by bench/ack-latency.ts, not asserted against a wall clock here.
      await send('Can I change the delivery address of my order?');
      await shop.page.getByText('We got your message.').waitFor();
      // Medium priority, no history: the site's 240-minute target, said as a whole duration.
      await shop.page.getByText('A person will answer within 4 hours.').first().waitFor();
      await shop.header.getByText('Open · the team is busy').waitFor();

      const inbox = await agentSocket(shop.dev, '/parties/inbox/demo-shop');
      await shop.header.getByText('Online', { exact: true }).waitFor();
      inbox.send(JSON.stringify({ type: 'presence/set', status: 'away' }));
      await shop.header.getByText('Open · the team is busy').waitFor();
      inbox.terminate();
    } finally {
      await shop.close();
    }
  });

  test('after hours: the opening time in the team\'s and the shopper\'s zones; an e-mail reaches the merchant signed', async () => {
    // Closed all of today in New York: shifts only on the other six days.
    const today = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: TEAM_ZONE }).format(Date.now()).toLowerCase().slice(0, 3);
    const hours = Object.fromEntries(Object.keys(ALWAYS_OPEN_HOURS).map((day) => [day, day === today ? [] : [['09:00', '17:00']]]));
    const merchantPort = await freePort();
    const received: string[] = [];
    let webhookArrived: () => void = () => {};
    const arrival = new Promise<void>((resolve) => (webhookArrived = resolve));
    const shop = await storefront(testSite({ timeZone: TEAM_ZONE, hours, webhookUrl: `http://127.0.0.1:${merchantPort}/hooks/cs-widget` }));
    const merchant = await startMerchantBackend({
      port: merchantPort,
      webhookSecret: shop.dev.webhookSecret,
      log: (line: string) => {
        received.push(line);
        webhookArrived();
      },
    });
    try {
      // Tomorrow 09:00 in New York, found by walking the clock (independent of the widget's formatting);
      // today's 09:00 is still ahead just after midnight, but today has no shift.
      let opensAt = Math.ceil(Date.now() / 60_000) * 60_000;
      while (!wallClock(opensAt, TEAM_ZONE).endsWith('09:00') || dayIn(opensAt, TEAM_ZONE) === dayIn(Date.now(), TEAM_ZONE)) opensAt += 60_000;

      const { openChat, send } = shopper(shop.page);
      await openChat();
      await send('My order never arrived');
      const notice = shop.page.locator('cs-notice .notice');
      await notice.getByText('We are closed now.', { exact: false }).waitFor();
      const text = await notice.innerText();
      match(text, new RegExp(`open at ${clockIn(opensAt, TEAM_ZONE)} our time \\(${clockIn(opensAt, SHOPPER_ZONE)} your time\\)`));
      await shop.header.getByText(/^Closed · opens /).waitFor();

      const email = shop.page.getByRole('textbox', { name: /e-mail address/ });
      await email.fill('  Shopper@Example.COM ');
      await email.press('Enter');
      await shop.page.getByText('We will also answer at shopper@example.com.', { exact: false }).waitFor();
      await arrival;
      equal(received.length, 1, received.join('\n'));
      match(received[0]!, /conversation\.contact_left: conversation [\w-]+ on demo-shop left Shopper@example\.com/);
    } finally {
      await merchant.close();
      await shop.close();
    }
  });

  test("an agent's answer reaches the shopper and ends the wait", async () => {
    const shop = await storefront(testSite({ timeZone: TEAM_ZONE, hours: ALWAYS_OPEN_HOURS }));
    try {
      const { openChat, send } = shopper(shop.page);
      await openChat();
      await send('Is the charger compatible with my phone?');
      await shop.page.getByText('We got your message.').waitFor();
      const conversationId = await shop.page.evaluate(() => JSON.parse(localStorage.getItem('cs-widget:v1:demo-shop')!).grant.conversationId as string);
      const agent = await agentSocket(shop.dev, `/parties/main/${conversationId}?site=demo-shop`);
      agent.send(JSON.stringify({ type: 'message/send', id: randomUUID(), body: 'Hi! Yes, it works with every Qi phone.' }));
      await shop.page.getByText('Hi! Yes, it works with every Qi phone.').waitFor();
      await shop.page.locator('cs-wait-banner').getByRole('status').waitFor({ state: 'detached' });
      agent.terminate();
    } finally {
      await shop.close();
    }
  });
});

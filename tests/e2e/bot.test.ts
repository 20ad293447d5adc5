// Bot to human on the demo storefront, in Chromium against a live `partykit dev` and the demo merchant
// backend: a knowledge-base answer marked as the bot's, the order card, "Talk to a person", and the bot
// falling silent once a person joins.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { startMerchantBackend } from '../../demo/merchant-backend.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { launchChromium, shopper } from '../support/chromium.ts';
import { ALWAYS_OPEN_HOURS, PartykitDev } from '../support/partykit.ts';

let browser: Browser;
let dev: PartykitDev;
let merchant: { port: number; close: () => Promise<unknown> };
let demo: { url: string; close: () => Promise<unknown> };

before(async () => {
  browser = await launchChromium();
  merchant = await startMerchantBackend({ port: 0, webhookSecret: 'x'.repeat(32), log: () => {} });
  // The demo shop as configured in server/sites.json (its knowledge base), always open, with the order
  // lookup pointed at this run's demo backend.
  const { sites } = JSON.parse(readFileSync(join(import.meta.dirname, '../../server/sites.json'), 'utf8'));
  const { webhookUrl: _unused, ...shop } = sites['demo-shop'];
  dev = await PartykitDev.start({
    sites: { 'demo-shop': { ...shop, hours: ALWAYS_OPEN_HOURS, closedDates: [], orderLookupUrl: `http://127.0.0.1:${merchant.port}/orders/lookup` } },
  });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
  await merchant?.close();
});

/** Claims a conversation as an agent over the room's socket, as the agent console does. */
async function claimAs(name: string, conversationId: string) {
  const token = await signAgentToken(dev.agentSecret, { sub: `agent-${randomUUID()}`, name, site: 'demo-shop', exp: Math.floor(Date.now() / 1000) + 600 });
  const socket = new WebSocket(`ws://${dev.host}/parties/main/${conversationId}?v=1&site=demo-shop&agent=${token}`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'conversation/claim' }));
  return socket;
}

test('the bot answers, shows an order card, and hands over to a person who then has the conversation', async () => {
  const context = await browser.newContext({ timezoneId: 'Europe/Madrid', locale: 'en-US' });
  const page = await context.newPage();
  try {
    await page.goto(`${demo.url}/`);
    const { openChat, send } = shopper(page);
    const widget = page.locator('cs-widget');
    await openChat();

    await send('How much does shipping cost?');
    const answer = widget.locator('cs-bot-message').first();
    await answer.getByText('Bot', { exact: true }).waitFor();
    // Screen readers hear that it is the bot (visually hidden, so attached rather than visible).
    await answer.getByText('Automatic assistant (bot):').waitFor({ state: 'attached' });
    const person = widget.getByRole('button', { name: 'Talk to a person' });
    await person.waitFor();

    await send('Where is my order? It is NL-10042, anna@example.com');
    const card = widget.getByRole('region', { name: 'Order \u2068NL-10042\u2069' });
    await card.getByText('On its way').waitFor();
    await card.getByRole('link', { name: 'JJD000390007729' }).waitFor();

    await person.click();
    await widget.getByText('I have passed your conversation to a person').waitFor();
    await widget.getByText('We got your message.').waitFor();
    await person.waitFor({ state: 'detached' });

    const conversationId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('cs-widget:v1:'))!;
      return (JSON.parse(localStorage.getItem(key)!) as { grant: { conversationId: string } }).grant.conversationId;
    });
    const agent = await claimAs('Alice', conversationId);
    await widget.getByText('from our team has joined the conversation').waitFor();
    agent.close();
  } finally {
    await context.close();
  }
});

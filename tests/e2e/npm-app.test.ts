// demo/npm-app, the example of a developer's app, built as a developer builds it: `cs-widget` and
// `cs-widget/core` imported by package name and resolved through the package's exports map (from
// node_modules/cs-widget, the link `npm install` makes for its `file:../..` dependency), type-checked
// against the published declarations, bundled by Vite. Then in Chromium against a live `partykit dev`: the
// events it logs (cs-ready, cs-open, cs-message on the bot's answer, cs-unread-change while closed,
// cs-close, cs-error for a refused identity token, shown in the panel), the forced dark theme, and its ::part
// and :state CSS.
// Needs the package built (`npm run build`).
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { deepEqual, equal, ok } from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import WebSocket from 'ws';
import { mintIdentityToken } from '../../demo/merchant-backend.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { launchChromium, shopper } from '../support/chromium.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../support/partykit.ts';

const ROOT = join(import.meta.dirname, '../..');
const APP = join(ROOT, 'demo/npm-app');

let browser: Browser;
let dev: PartykitDev;
let demo: { url: string; close: () => Promise<unknown> };

before(async () => {
  // What `npm install` in demo/npm-app makes of `"cs-widget": "file:../.."`: a link to the package.
  const link = join(APP, 'node_modules/cs-widget');
  if (!existsSync(link)) {
    mkdirSync(join(APP, 'node_modules'), { recursive: true });
    symlinkSync('../../..', link, 'dir');
  }
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(APP, 'tsconfig.json')], { stdio: 'inherit' });
  await build({ configFile: join(APP, 'vite.config.ts'), logLevel: 'warn' });

  browser = await launchChromium();
  dev = await PartykitDev.start({ sites: { 'demo-shop': demoShopAlwaysOpen() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

/** The events the app logged so far: `[name, detail]`, in order. */
async function logged(page: Page): Promise<[string, Record<string, unknown>][]> {
  return page.locator('#event-log li').evaluateAll((items) =>
    items.map((item) => [(item as HTMLElement).dataset.event!, JSON.parse((item as HTMLElement).dataset.detail!)]),
  );
}
const waitForLogged = (page: Page, name: string, count = 1) => page.locator(`#event-log li[data-event="${name}"]`).nth(count - 1).waitFor();

/** A style of the widget's launcher (a part in its shadow root), as computed. */
const launcherStyle = (page: Page, property: string) =>
  page.evaluate((name) => getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.launcher')!).getPropertyValue(name), property);

/** An agent claims the conversation over the room's socket and writes to the shopper. */
async function agentWrites(conversationId: string, body: string) {
  const token = await signAgentToken(dev.agentSecret, { sub: `agent-${randomUUID()}`, name: 'Alice', site: 'demo-shop', exp: Math.floor(Date.now() / 1000) + 600 });
  const socket = new WebSocket(`ws://${dev.host}/parties/main/${conversationId}?v=1&site=demo-shop&agent=${token}`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'conversation/claim' }));
  socket.send(JSON.stringify({ type: 'message/send', id: `agent-${randomUUID()}`, body }));
  return socket;
}

test('the npm example app gets every event, forces the dark theme and styles parts and states', async () => {
  // The shopper's system is light: the app's theme="dark" must win.
  const context = await browser.newContext({ colorScheme: 'light', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${demo.url}/npm-app/dist/index.html`);
    await waitForLogged(page, 'cs-ready');
    deepEqual(await logged(page), [['cs-ready', {}]]);

    // Dark, forced; the brand colour, and the app's ::part rule on the launcher.
    equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), false);
    equal(
      await page.evaluate(() => getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!).backgroundColor),
      'rgb(29, 29, 34)',
    );
    equal(await launcherStyle(page, 'background-color'), 'rgb(11, 110, 79)');
    equal(await launcherStyle(page, 'border-top-left-radius'), '8px');

    // open() from the app's own button; the bot answers.
    await page.getByRole('button', { name: 'Need help?' }).click();
    await waitForLogged(page, 'cs-open');
    const { send } = shopper(page);
    await send('How much does shipping cost?');
    await waitForLogged(page, 'cs-message');
    const [, message] = (await logged(page)).find(([name]) => name === 'cs-message')!;
    deepEqual((message as { author: unknown }).author, { kind: 'bot', name: null });
    ok(String(message.body).length > 0 && Number.isFinite(message.time), `the bot's answer: ${JSON.stringify(message)}`);

    // Closed, a person writes: unread, on the launcher (the app's :state(unread) rule) and in the title.
    await page.locator('cs-widget').getByRole('button', { name: 'Close chat' }).first().click();
    await waitForLogged(page, 'cs-close');
    const conversationId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('cs-widget:v1:'))!;
      return (JSON.parse(localStorage.getItem(key)!) as { grant: { conversationId: string } }).grant.conversationId;
    });
    const agent = await agentWrites(conversationId, 'Hi, Alice here. Shipping to Norway is free this week.');
    try {
      await waitForLogged(page, 'cs-unread-change');
      await page.waitForFunction(() => document.querySelector('cs-widget')!.matches(':state(unread)'));
      equal(await launcherStyle(page, 'outline-color'), 'rgb(245, 197, 24)');
      equal(await page.title(), '(1) Lumen Outfitters');

      await page.getByRole('button', { name: 'Need help?' }).click();
      await waitForLogged(page, 'cs-unread-change', 2);
      equal(await page.title(), 'Lumen Outfitters');
    } finally {
      agent.close();
    }
    const events = await logged(page);
    deepEqual(
      events.filter(([name]) => name === 'cs-unread-change').map(([, detail]) => detail),
      [{ count: 1 }, { count: 0 }],
    );
    const fromAlice = events.filter(([name, detail]) => name === 'cs-message' && (detail.author as { kind: string }).kind === 'agent');
    deepEqual(fromAlice.map(([, detail]) => [detail.author, detail.body]), [[{ kind: 'agent', name: 'Alice' }, 'Hi, Alice here. Shipping to Norway is free this week.']]);
    deepEqual(
      events.map(([name]) => name).filter((name) => name !== 'cs-message'),
      ['cs-ready', 'cs-open', 'cs-close', 'cs-unread-change', 'cs-open', 'cs-unread-change'],
    );

    // identify() with a forged token (not signed with the site's secret): refused, and the app hears why.
    const forged = mintIdentityToken('not-the-site-secret', { sub: 'mallory', site: 'demo-shop' });
    await page.evaluate((token) => (document.querySelector('cs-widget') as unknown as { identify(token: string): void }).identify(token), forged);
    await waitForLogged(page, 'cs-error');
    deepEqual((await logged(page)).filter(([name]) => name === 'cs-error'), [['cs-error', { code: 'identity-signature' }]]);
    // The shopper reads why in the panel; the chat goes on.
    const alert = page.locator('cs-widget').getByRole('alert');
    await alert.waitFor();
    ok((await alert.innerText()).trim().length > 0, 'the refusal is worded in the panel');
    deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

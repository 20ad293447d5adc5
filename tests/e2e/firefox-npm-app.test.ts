// demo/npm-app, the example of a developer's app (cs-widget imported by package name and bundled by Vite),
// in Firefox ESR (puppeteer-core over WebDriver BiDi) against a live `partykit dev`: the events it logs
// (cs-ready, cs-open, cs-message on the bot's answer, cs-close, cs-unread-change while closed, cs-error for
// a refused identity token), the forced dark theme, and its ::part and :state CSS. tests/e2e/npm-app.test.ts
// also type-checks the app against the published declarations. Needs the package built (`npm run build`).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { build } from 'vite';
import WebSocket from 'ws';
import { DEMO_PARTYKIT_HOST, startDemoServer } from '../../scripts/demo-server.mjs';
import { mintIdentityToken } from '../../demo/merchant-backend.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { byRole, collectProblems, launchFirefox, shopper } from '../support/firefox.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../support/partykit.ts';

const ROOT = join(import.meta.dirname, '../..');
const APP = join(ROOT, 'demo/npm-app');
/** Where the pages ask for the app: answered from this test's own build, not the demo server. */
const APP_PATH = '/npm-app-firefox/';

let browser: Browser;
let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let built: string;

before(async () => {
  // What `npm install` in demo/npm-app makes of `"cs-widget": "file:../.."`: a link to the package (made
  // here if npm-app.test.ts, maybe running at the same time, has not made it yet).
  mkdirSync(join(APP, 'node_modules'), { recursive: true });
  try {
    symlinkSync('../../..', join(APP, 'node_modules/cs-widget'), 'dir');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Its own output folder: npm-app.test.ts empties demo/npm-app/dist as it builds.
  built = mkdtempSync(join(tmpdir(), 'cs-widget-npm-app-'));
  await build({ configFile: join(APP, 'vite.config.ts'), logLevel: 'warn', build: { outDir: built, emptyOutDir: true } });

  browser = await launchFirefox();
  dev = await PartykitDev.start({ sites: { 'demo-shop': demoShopAlwaysOpen() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
  if (built) rmSync(built, { recursive: true, force: true });
});

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Answers the page's requests under APP_PATH from the build, with the live server's host in the HTML. */
async function serveTheApp(page: Page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(APP_PATH)) return void request.continue();
    const file = normalize(join(built, pathname.slice(APP_PATH.length) || 'index.html'));
    if (!file.startsWith(built)) return void request.respond({ status: 403, body: '' });
    let body: string | Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void request.respond({ status: 404, body: '' });
    }
    if (extname(file) === '.html') body = body.toString().replaceAll(DEMO_PARTYKIT_HOST, dev.host);
    void request.respond({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
}

/** The events the app logged so far: `[name, detail]`, in order. */
function logged(page: Page): Promise<[string, Record<string, unknown>][]> {
  return page.$$eval('#event-log li', (items) => items.map((item) => [(item as HTMLElement).dataset.event!, JSON.parse((item as HTMLElement).dataset.detail!)] as [string, Record<string, unknown>]));
}
const waitForLogged = (page: Page, name: string, count = 1) =>
  page.waitForFunction((event: string, n: number) => document.querySelectorAll(`#event-log li[data-event="${event}"]`).length >= n, { polling: 100, timeout: 15_000 }, name, count);

/** A style of the widget's launcher (a part in its shadow root), as computed. */
const launcherStyle = (page: Page, property: string) =>
  page.evaluate((name: string) => getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.launcher')!).getPropertyValue(name), property);

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

test('the npm example app in Firefox gets every event, forces the dark theme and styles parts and states', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = collectProblems(page);
  try {
    await serveTheApp(page);
    await page.goto(`${demo.url}${APP_PATH}index.html`);
    await waitForLogged(page, 'cs-ready');
    assert.deepEqual(await logged(page), [['cs-ready', {}]]);

    // Dark, forced over the light system; the brand colour, and the app's ::part rule on the launcher.
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), false);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('cs-widget')!.shadowRoot!.querySelector('.panel')!).backgroundColor), 'rgb(29, 29, 34)');
    assert.equal(await launcherStyle(page, 'background-color'), 'rgb(11, 110, 79)');
    assert.equal(await launcherStyle(page, 'border-top-left-radius'), '8px');

    // open() from the app's own button; the bot answers.
    await (await byRole(page, 'button', 'Need help?')).click();
    await waitForLogged(page, 'cs-open');
    await shopper(page).send('How much does shipping cost?');
    await waitForLogged(page, 'cs-message');
    const [, message] = (await logged(page)).find(([name]) => name === 'cs-message')!;
    assert.deepEqual(message.author, { kind: 'bot', name: null });
    assert.ok(String(message.body).length > 0 && Number.isFinite(message.time), `the bot's answer: ${JSON.stringify(message)}`);

    // Closed, a person writes: unread, on the launcher (the app's :state(unread) rule) and in the title.
    await (await byRole(page, 'button', 'Close chat')).click();
    await waitForLogged(page, 'cs-close');
    const conversationId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('cs-widget:v1:'))!;
      return (JSON.parse(localStorage.getItem(key)!) as { grant: { conversationId: string } }).grant.conversationId;
    });
    const agent = await agentWrites(conversationId, 'Hi, Alice here. Shipping to Norway is free this week.');
    try {
      await waitForLogged(page, 'cs-unread-change');
      await page.waitForFunction(() => document.querySelector('cs-widget')!.matches(':state(unread)'), { polling: 100 });
      assert.equal(await launcherStyle(page, 'outline-color'), 'rgb(245, 197, 24)');
      assert.equal(await page.title(), '(1) Lumen Outfitters');

      await (await byRole(page, 'button', 'Need help?')).click();
      await waitForLogged(page, 'cs-unread-change', 2);
      assert.equal(await page.title(), 'Lumen Outfitters');
    } finally {
      agent.close();
    }
    const events = await logged(page);
    assert.deepEqual(events.filter(([name]) => name === 'cs-unread-change').map(([, detail]) => detail), [{ count: 1 }, { count: 0 }]);
    const fromAlice = events.filter(([name, detail]) => name === 'cs-message' && (detail.author as { kind: string }).kind === 'agent');
    assert.deepEqual(fromAlice.map(([, detail]) => [detail.author, detail.body]), [[{ kind: 'agent', name: 'Alice' }, 'Hi, Alice here. Shipping to Norway is free this week.']]);
    assert.deepEqual(
      events.map(([name]) => name).filter((name) => name !== 'cs-message'),
      ['cs-ready', 'cs-open', 'cs-close', 'cs-unread-change', 'cs-open', 'cs-unread-change'],
    );

    // identify() with a forged token (not signed with the site's secret): refused, and the app hears why.
    const forged = mintIdentityToken('not-the-site-secret', { sub: 'mallory', site: 'demo-shop' });
    await page.evaluate((token: string) => (document.querySelector('cs-widget') as unknown as { identify(token: string): void }).identify(token), forged);
    await waitForLogged(page, 'cs-error');
    assert.deepEqual((await logged(page)).filter(([name]) => name === 'cs-error'), [['cs-error', { code: 'identity-signature' }]]);
    // The shopper reads why in the panel; the chat goes on.
    await page.waitForFunction(
      () => {
        const alert = document.querySelector('cs-widget')?.shadowRoot?.querySelector('[role="alert"]');
        return (alert?.textContent ?? '').trim().length > 0 && alert!.checkVisibility();
      },
      { polling: 100 },
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

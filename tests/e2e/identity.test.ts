// Verified shoppers end to end: demo/account.html (signed in through the demo merchant backend, which mints
// the identity token) in two browser contexts, a laptop and a phone with nothing in common but the shopper,
// show the same conversation, live. Chromium against a real `partykit dev`.
import { deepEqual, equal } from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startMerchantBackend } from '../../demo/merchant-backend.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { IDENTIFY_PATH } from '../../src/protocol/identity.ts';
import { launchChromium, shopper } from '../support/chromium.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';

const SITE = 'demo-shop'; // the demo pages' site
let dev: PartykitDev;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let merchant: Awaited<ReturnType<typeof startMerchantBackend>>;
let browser: Browser;

before(async () => {
  dev = await PartykitDev.start({ sites: { [SITE]: testSite() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  merchant = await startMerchantBackend({
    port: 0,
    webhookSecret: dev.webhookSecret,
    identity: { siteKey: SITE, secret: dev.identitySecret(SITE), storefrontOrigin: demo.url },
    log: () => {},
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await merchant?.close();
  await demo?.close();
  await dev?.dispose();
});

/** A new browser (nothing stored) on the account page, signed in as `customer`; resolves once the server answered the token. */
async function signedIn(customer: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  const identified = page.waitForResponse((response) => response.url().startsWith(`${dev.httpOrigin}${IDENTIFY_PATH}`));
  await page.goto(`${demo.url}/account.html?customer=${customer}&merchant=http://127.0.0.1:${merchant.port}`);
  equal((await identified).status(), 200);
  return { context, page, sockets };
}

/** Waits until the bodies of the messages on screen are `expected`, in order. */
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

test('the same signed-in shopper in two browsers sees one conversation, live', async () => {
  const laptop = await signedIn('alice');
  const phone = await signedIn('alice');
  const stranger = await signedIn('bob');
  try {
    await laptop.page.getByText('Signed in as Alice Martin.').waitFor();
    // Identifying alone opens no socket and stores nothing: Alice has no conversation yet.
    deepEqual(laptop.sockets, []);
    equal(await laptop.page.evaluate(() => localStorage.length), 0);

    await shopper(laptop.page).openChat();
    await shopper(laptop.page).send('Hello from the laptop');
    await waitForBodies(laptop.page, ['Hello from the laptop']);

    // The phone signed in before Alice wrote: it learns of her conversation when it signs in again (a reload).
    await phone.page.reload();
    await shopper(phone.page).openChat();
    await waitForBodies(phone.page, ['Hello from the laptop']);
    await shopper(phone.page).send('And from the phone');
    await waitForBodies(laptop.page, ['Hello from the laptop', 'And from the phone']);

    // Bob, signed in elsewhere, has none of it.
    await shopper(stranger.page).openChat();
    deepEqual(stranger.sockets, []);
    equal(await stranger.page.locator('cs-widget').evaluate((w) => w.shadowRoot!.querySelector('cs-message-list')!.shadowRoot!.querySelectorAll('cs-message').length), 0);
  } finally {
    await Promise.all([laptop.context.close(), phone.context.close(), stranger.context.close()]);
  }
});

test('a refused token is shown to the shopper and fires cs-error; the chat goes on without it, and nothing connects', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  try {
    await page.goto(`${demo.url}/`);
    await shopper(page).openChat();
    const code = page.evaluate(
      () => new Promise((resolve) => document.querySelector('cs-widget')!.addEventListener('cs-error', (event) => resolve((event as CustomEvent<{ code: string }>).detail.code))),
    );
    await page.evaluate(() => (document.querySelector('cs-widget') as HTMLElement & { identify(token: string): void }).identify('not-a-token'));
    equal(await code, 'identity-malformed');
    await page.getByRole('alert').getByText('This chat could not be linked to your account. Reloading the page may help.').waitFor();
    deepEqual(sockets, []);
    equal(await page.evaluate(() => localStorage.length), 0);
  } finally {
    await context.close();
  }
});

test('the agent console shows who the signed-in shopper is in the handoff summary', async () => {
  const customer = await signedIn('bob');
  const agentContext = await browser.newContext();
  try {
    await shopper(customer.page).openChat();
    await shopper(customer.page).send('Can I change my delivery address?'); // no bot on this site: straight to the team

    const agent = await agentContext.newPage();
    await agent.goto(`${demo.url}/agent.html`);
    const exp = Math.floor(Date.now() / 1000) + 600;
    await agent.locator('textarea#token').fill(await signAgentToken(dev.agentSecret, { sub: 'agent-ana-01', name: 'Ana', site: SITE, exp }));
    await agent.locator('form [type="submit"]').click();
    await agent.locator('cs-conversation-list').getByRole('button', { name: /delivery address/ }).click();
    await agent.locator('cs-agent-conversation:not([hidden])').getByText('Bob Okafor · bob@example.com · cust-bob').waitFor();
  } finally {
    await Promise.all([customer.context.close(), agentContext.close()]);
  }
});

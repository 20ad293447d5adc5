// A conversation across browsers in Firefox ESR (puppeteer-core over WebDriver BiDi) against a live
// `partykit dev`: the same signed-in shopper in two browsers (demo/account.html, with the demo merchant
// backend minting the identity token), and the honest wait until an agent on demo/agent.html, also in
// Firefox, answers; the console refusing bad tokens, and in Arabic. tests/e2e/identity.test.ts, wait.test.ts
// and agent-console.test.ts cover more in Chromium.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { startMerchantBackend } from '../../demo/merchant-backend.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { IDENTIFY_PATH } from '../../src/protocol/identity.ts';
import {
  PROBE_SOCKETS_AND_STORAGE,
  axeViolations,
  byRole,
  collectProblems,
  launchFirefox,
  pageProbes,
  shopper,
  waitForBodies,
  waitForText,
} from '../support/firefox.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';

const SITE = 'demo-shop'; // the demo pages' site: no bot, so every question goes to the team
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
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await merchant?.close();
  await demo?.close();
  await dev?.dispose();
});

/** A new browser (nothing stored) on the account page, signed in as `customer`; resolves once the server accepted the token. */
async function signedIn(customer: string) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
  const identified = page.waitForResponse((response) => response.url().startsWith(`${dev.httpOrigin}${IDENTIFY_PATH}`) && response.request().method() === 'POST');
  await page.goto(`${demo.url}/account.html?customer=${customer}&merchant=http://127.0.0.1:${merchant.port}`);
  assert.equal((await identified).status(), 200);
  return { context, page, problems, chat: shopper(page) };
}

test('the same signed-in shopper in two Firefox browsers sees one conversation, live; another shopper sees none of it', async () => {
  const laptop = await signedIn('alice');
  const phone = await signedIn('alice');
  const stranger = await signedIn('bob');
  try {
    await waitForText(laptop.page, 'Signed in as Alice Martin.');
    // Identifying alone opens no socket and stores nothing: Alice has no conversation yet.
    assert.deepEqual((await pageProbes(laptop.page)).socketUrls, []);
    assert.equal(await laptop.page.evaluate(() => localStorage.length), 0);

    await laptop.chat.openChat();
    await laptop.chat.send('Hello from the laptop');
    await waitForBodies(laptop.page, ['Hello from the laptop']);

    // The phone signed in before Alice wrote: it learns of her conversation when it signs in again (a reload).
    const identifiedAgain = phone.page.waitForResponse((response) => response.url().startsWith(`${dev.httpOrigin}${IDENTIFY_PATH}`) && response.request().method() === 'POST');
    await phone.page.reload();
    assert.equal((await identifiedAgain).status(), 200);
    await phone.chat.openChat();
    await waitForBodies(phone.page, ['Hello from the laptop']);
    await phone.chat.send('And from the phone');
    await waitForBodies(laptop.page, ['Hello from the laptop', 'And from the phone']);

    // Bob, signed in elsewhere, has none of it.
    await stranger.chat.openChat();
    await waitForBodies(stranger.page, []);
    assert.deepEqual((await pageProbes(stranger.page)).socketUrls, []);
    for (const { problems } of [laptop, phone, stranger]) assert.deepEqual(problems, []);
  } finally {
    await Promise.all([laptop.context.close(), phone.context.close(), stranger.context.close()]);
  }
});

/** Whether the widget's wait banner tells the shopper how long (an expression evaluated in the page). */
const WAIT_SHOWN = `Boolean(document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-wait-banner')?.shadowRoot?.querySelector('[role="status"]'))`;

/** Clicks `button` once it is enabled (the console enables some only once their socket is open). */
async function clickWhenEnabled(page: Page, button: ElementHandle<Element>) {
  await page.waitForFunction((element) => !(element as HTMLButtonElement).disabled, { polling: 100 }, button);
  await button.click();
}

/** An agent's page on demo/agent.html (`query`: e.g. `?lang=ar`), signed in through its form with `token`. */
async function openAgent(token: string, query = '') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.evaluateOnNewDocument(PROBE_SOCKETS_AND_STORAGE);
  await page.goto(`${demo.url}/agent.html${query}`);
  // In another language, sign in once its translations have loaded (the words differ; the form does not).
  const lang = new URLSearchParams(query).get('lang');
  if (lang) await page.waitForSelector(`cs-agent-console >>> .base[lang="${lang}"]`);
  await (await page.waitForSelector('cs-agent-console >>> textarea#token'))!.type(token);
  await (await page.waitForSelector('cs-agent-console >>> form [type="submit"]'))!.click();
  return { context, page, problems };
}

const agentToken = (options: { secret?: string; expiresInSeconds?: number } = {}) =>
  signAgentToken(options.secret ?? dev.agentSecret, { sub: 'agent-ana-01', name: 'Ana', site: SITE, exp: Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 600) });

test('the shopper is told the expected wait, sees the team come online, and gets the answer of an agent on the console in Firefox', async () => {
  const shopperContext = await browser.createBrowserContext();
  let agentSide: Awaited<ReturnType<typeof openAgent>> | undefined;
  try {
    const page = await shopperContext.newPage();
    const problems = collectProblems(page);
    await page.goto(`${demo.url}/`);
    const { openChat, send } = shopper(page);
    await openChat();
    const question = `Can I change the delivery address of my order ${randomUUID().slice(0, 6)}?`;
    await send(question);
    await waitForText(page, 'We got your message.');
    // Medium priority, no history, nobody online: the site's 240-minute target, said as a whole duration.
    await waitForText(page, 'A person will answer within 4 hours.');
    await waitForText(page, /^Open · the team is busy$/);
    assert.equal(await page.evaluate(WAIT_SHOWN), true, 'the wait banner shows');

    // An agent signs in on the console, in Firefox too: the shopper sees the team online.
    agentSide = await openAgent(await agentToken());
    const agent = agentSide.page;
    await waitForText(agent, /Signed in as/);
    await waitForText(page, /^Online$/);

    // The agent opens the conversation, claims it and answers.
    const item = await byRole(agent, 'button', new RegExp(question.slice(-8, -1)));
    assert.deepEqual(await axeViolations(agent), [], 'the console with its queue passes axe');
    await item.click();
    await clickWhenEnabled(agent, await byRole(agent, 'button', 'Claim'));
    await waitForText(agent, 'You have this conversation');
    await waitForText(page, /Ana\u2069? from our team has joined the conversation/);
    const composer = await byRole(agent, 'textbox', 'Message');
    await composer.focus();
    await agent.keyboard.type('Yes: write the new address here and I will change it.');
    await agent.keyboard.press('Enter');

    await waitForBodies(page, [question, 'Yes: write the new address here and I will change it.']);
    // The answer ends the wait: its banner goes.
    await page.waitForFunction(`!(${WAIT_SHOWN})`, { polling: 100 });
    assert.deepEqual(problems, []);
    assert.deepEqual(agentSide.problems, []);
  } finally {
    await Promise.all([shopperContext.close(), agentSide?.context.close()]);
  }
});

test('the agent console in Firefox refuses forged and expired tokens before anything connects, and says so accessibly', async () => {
  for (const token of [await agentToken({ secret: 'not-the-server-secret-0123456789' }), await agentToken({ expiresInSeconds: -60 })]) {
    const { context, page, problems } = await openAgent(token);
    try {
      await waitForText(page, 'This token is not valid for this site, or it has expired.');
      assert.equal(await page.$eval('cs-agent-console >>> [role="alert"]', (alert) => alert.textContent!.includes('This token is not valid')), true);
      assert.deepEqual((await pageProbes(page)).socketUrls, []);
      assert.deepEqual(await axeViolations(page), [], 'the sign-in screen with its error passes axe');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test('the agent console in Arabic in Firefox reads right to left and passes axe', async () => {
  const { context, page, problems } = await openAgent(await agentToken(), '?lang=ar');
  try {
    await page.waitForSelector('cs-agent-console >>> .base[lang="ar"][dir="rtl"] p.who', { visible: true });
    const [queue, main] = await Promise.all(['nav.queue', 'section.main'].map(async (selector) => (await page.$(`cs-agent-console >>> ${selector}`))!.boundingBox()));
    assert.ok(queue && main && queue.x > main.x, 'the list sits at the inline start: the right in RTL');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

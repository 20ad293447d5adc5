// The agent console end to end: a shopper on the demo storefront and agents on demo/agent.html, each in
// their own browser context, against a live `partykit dev`. The whole journey (handoff, claim, typing,
// reply, read receipts, an internal note checked on the shopper's wire, a canned reply, resolve), the
// claim race, and refused tokens.
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { signAgentToken } from '../../server/tokens.ts';
import { axeViolations, launchChromium, shopper } from '../support/chromium.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../support/partykit.ts';

const SITE = 'demo-shop';
let browser: Browser;
let dev: PartykitDev;
let demo: { url: string; close: () => Promise<unknown> };

before(async () => {
  browser = await launchChromium();
  dev = await PartykitDev.start({ sites: { [SITE]: demoShopAlwaysOpen() } });
  demo = await startDemoServer({ port: 0, partykitHost: dev.host });
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await dev?.dispose();
});

const tokenFor = (name: string, options: { expiresInSeconds?: number; secret?: string; site?: string } = {}) =>
  signAgentToken(options.secret ?? dev.agentSecret, {
    sub: `agent-${name.toLowerCase()}-${randomUUID().slice(0, 8)}`,
    name,
    site: options.site ?? SITE,
    exp: Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 3600),
  });

/** A shopper's page whose every WebSocket frame received is kept, to check what reached them on the wire. */
async function openShopper(context: BrowserContext) {
  const page = await context.newPage();
  const received: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => received.push(String(payload))));
  await page.goto(`${demo.url}/`);
  const chat = shopper(page);
  await chat.openChat();
  return { page, received, ...chat, widget: page.locator('cs-widget') };
}

/** A shopper whose first message the bot handed to the team: the conversation waits in the queue. */
async function queuedShopper(context: BrowserContext, firstMessage: string) {
  const customer = await openShopper(context);
  await customer.send(firstMessage);
  await customer.widget.getByText('I have passed your conversation to a person').waitFor();
  return customer;
}

/** An agent signed in on demo/agent.html through its sign-in form. */
async function openAgent(context: BrowserContext, token: string, query = '') {
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto(`${demo.url}/agent.html${query}`);
  // In another language, sign in once its translations have loaded (the words differ; the form does not).
  const lang = new URLSearchParams(query).get('lang');
  if (lang) await page.locator(`.base[lang="${lang}"]`).waitFor();
  await page.locator('textarea#token').fill(token);
  await page.locator('form [type="submit"]').click();
  return { page, sockets };
}

/** The conversation on screen in an agent's console. */
const conversationView = (page: Page) => page.locator('cs-agent-conversation:not([hidden])');

test('a shift in one conversation: handoff, claim, typing, reply, read receipts, a note the shopper never receives, a canned reply, resolve', async () => {
  const shopperContext = await browser.newContext({ timezoneId: 'Asia/Riyadh', locale: 'en-US' });
  const agentContext = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US' });
  try {
    const customer = await queuedShopper(shopperContext, 'My parcel arrived broken, the speaker case is cracked.');

    const { page: agent } = await openAgent(agentContext, await tokenFor('Alice'));
    await agent.getByText('Signed in as').waitFor();
    const item = agent.locator('cs-conversation-list').getByRole('button', { name: /arrived broken/ });
    await item.waitFor();
    assert.match((await item.textContent()) ?? '', /High/);
    assert.deepEqual(await axeViolations(agent), [], 'the console with its queue passes axe');

    // Keyboard first: the next conversation, then claim it.
    await agent.keyboard.press('Alt+KeyJ');
    const view = conversationView(agent);
    await view.getByText('Urgent: damage, a defect, safety or anger').waitFor();
    await view.getByText('(Asia/Riyadh)').waitFor();
    await view.locator('cs-message-list').getByText('My parcel arrived broken').waitFor();
    await agent.keyboard.press('Alt+KeyC');
    await view.getByText('You have this conversation').waitFor();
    await customer.widget.getByText('from our team has joined the conversation').waitFor();
    // The agent had the message on screen: the shopper sees it was read.
    await customer.widget.locator('cs-message[self]').getByText('Read').waitFor();

    // Typing reaches the shopper; the reply follows.
    const composer = view.getByRole('textbox', { name: 'Message' });
    await composer.pressSequentially('We are so sorry');
    // The name is isolated for bidi (U+2068…U+2069) inside the sentence.
    const aliceTyping = customer.widget.getByText(/Alice\u2069? is typing/);
    await aliceTyping.waitFor();
    await composer.press('Enter');
    await customer.widget.locator('cs-message').getByText('We are so sorry').waitFor();
    await aliceTyping.waitFor({ state: 'hidden' });
    // The shopper's panel is open: the agent sees the reply read.
    await view.locator('cs-message[self]').getByText('Read').waitFor();

    // An internal note (Alt+N switches the composer): listed for the team, never sent to the shopper.
    const note = `Offer a replacement, not a refund ${randomUUID().slice(0, 6)}`;
    await agent.keyboard.press('Alt+KeyN');
    await composer.fill(note);
    await composer.press('Enter');
    await view.locator('.notes').getByText(note).waitFor();
    await customer.page.reload();
    await customer.openChat();
    await customer.widget.locator('cs-message').getByText('We are so sorry').waitFor();
    assert.ok(customer.received.length > 0);
    assert.ok(!customer.received.some((frame) => frame.includes(note)), 'the note never reached the shopper’s socket');

    // A canned reply goes into the composer to edit, filled in, not sent.
    await agent.keyboard.press('Alt+KeyN');
    await view.getByLabel('Canned reply').selectOption('de-escalate');
    await view.getByRole('button', { name: 'Insert' }).click();
    const draft = await composer.inputValue();
    assert.ok(draft.length > 40 && !draft.includes('{time}') && !draft.includes('{agent}'), draft);
    assert.match(draft, /\d{1,2}:\d{2}/, 'a concrete time');
    assert.ok(!customer.received.some((frame) => frame.includes(draft.slice(0, 30))), 'inserted, not sent');
    await composer.fill('');

    // Resolve from the keyboard: the shopper is told; the console counts it.
    await agent.keyboard.press('Alt+KeyR');
    await customer.widget.getByText('This conversation was marked as solved.').waitFor();
    await view.getByRole('button', { name: 'Reopen' }).waitFor();
    await agent.getByRole('button', { name: /^Resolved/ }).click();
    await agent.locator('cs-conversation-list').getByText(/Resolved at .* by/).waitFor();
    await agent.locator('.metrics').getByText(/\(1\)/).waitFor();
    await agent.locator('.metrics').getByText(/Complaint 1|Product 1|Shipping 1|Returns 1|Other 1/).waitFor();
  } finally {
    await shopperContext.close();
    await agentContext.close();
  }
});

test('two agents claim the same conversation at the same moment: exactly one wins, the other is told', async () => {
  const shopperContext = await browser.newContext();
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  try {
    const firstLine = `I want to talk to a person please ${randomUUID().slice(0, 6)}`;
    const customer = await queuedShopper(shopperContext, firstLine);

    const agents = await Promise.all([openAgent(aliceContext, await tokenFor('Alice')), openAgent(bobContext, await tokenFor('Bob'))]);
    const claims = await Promise.all(
      agents.map(async ({ page }) => {
        await page.locator('cs-conversation-list').getByRole('button', { name: new RegExp(firstLine.slice(-6)) }).click();
        return conversationView(page).getByRole('button', { name: 'Claim', disabled: false });
      }),
    );
    await Promise.all(claims.map((claim) => claim.waitFor()));
    // Both click at the same instant (one browser, one clock): clicking one page after the other would let
    // the first claim's update reach the second page before its click.
    const at = Date.now() + 500;
    await Promise.all(
      agents.map(({ page }) =>
        page.evaluate((clickAt) => {
          const view = document.querySelector('cs-agent-console')!.shadowRoot!.querySelector('cs-agent-conversation:not([hidden])')!;
          const claim = [...view.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Claim')!;
          setTimeout(() => claim.click(), clickAt - Date.now());
        }, at),
      ),
    );

    const outcome = await Promise.all(
      agents.map(({ page }) =>
        Promise.race([
          conversationView(page).getByText('You have this conversation').waitFor().then(() => 'won'),
          conversationView(page).getByRole('alert').getByText('Someone else from the team already has this conversation.').waitFor().then(() => 'told'),
        ]),
      ),
    );
    assert.deepEqual([...outcome].sort(), ['told', 'won']);
    await customer.widget.getByText('from our team has joined the conversation').waitFor();
    assert.equal(await customer.widget.getByText('from our team has joined the conversation').count(), 1, 'one person joined');
  } finally {
    await Promise.all([shopperContext, aliceContext, bobContext].map((c) => c.close()));
  }
});

test('forged, expired and other sites’ tokens are refused before anything connects; a session ends when its token expires', async () => {
  const context = await browser.newContext();
  try {
    const refused = [
      await tokenFor('Mallory', { secret: 'not-the-server-secret-0123456789' }),
      await tokenFor('Alice', { expiresInSeconds: -60 }),
      await tokenFor('Alice', { site: 'another-shop' }),
      'agent1.e30.AAAA',
    ];
    for (const token of refused) {
      const { page, sockets } = await openAgent(context, token);
      await page.getByRole('alert').getByText('This token is not valid for this site, or it has expired.').waitFor();
      assert.deepEqual(sockets, [], `no socket opened for ${token.slice(0, 20)}…`);
      assert.deepEqual(await axeViolations(page), [], 'the sign-in screen with its error passes axe');
      await page.close();
    }

    // Valid for a few seconds: signed in, then signed out with a clear reason when it runs out.
    const { page } = await openAgent(context, await tokenFor('Alice', { expiresInSeconds: 3 }));
    await page.getByText('Signed in as').waitFor();
    await page.getByRole('alert').getByText('Your session has expired.').waitFor({ timeout: 10_000 });
  } finally {
    await context.close();
  }
});

test('in Arabic the console reads right to left and passes axe', async () => {
  const context = await browser.newContext();
  try {
    const { page } = await openAgent(context, await tokenFor('Alice'), '?lang=ar');
    await page.locator('.base[lang="ar"][dir="rtl"] p.who').waitFor();
    const queue = page.locator('nav.queue');
    const main = page.locator('section.main');
    const [queueBox, mainBox] = await Promise.all([queue.boundingBox(), main.boundingBox()]);
    assert.ok(queueBox && mainBox && queueBox.x > mainBox.x, 'the list sits at the inline start: the right in RTL');
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await context.close();
  }
});

test('an agent transfers a conversation to a colleague, who finds it under Mine; presence shows who is away', async () => {
  const shopperContext = await browser.newContext();
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  try {
    const firstLine = `I want to talk to a person about my invoice ${randomUUID().slice(0, 6)}`;
    const customer = await queuedShopper(shopperContext, firstLine);

    const [{ page: alice }, { page: bob }] = await Promise.all([openAgent(aliceContext, await tokenFor('Alice')), openAgent(bobContext, await tokenFor('Bob'))]);
    await bob.getByLabel('Status').selectOption('away');
    await alice.locator('cs-conversation-list').getByRole('button', { name: new RegExp(firstLine.slice(-6)) }).click();
    const view = conversationView(alice);
    // Claiming needs the conversation's socket open: its button is enabled then.
    await view.getByRole('button', { name: 'Claim', disabled: false }).waitFor();
    await alice.keyboard.press('Alt+KeyC');
    await view.getByText('You have this conversation').waitFor();
    await view.getByLabel('Transfer to').selectOption({ label: 'Bob (away)' });
    await view.getByRole('button', { name: 'Transfer', exact: true }).click();

    await view.getByText(/^With \u2068?Bob/).waitFor();
    await customer.widget.getByText(/Bob\u2069? from our team has joined the conversation/).waitFor();
    await bob.getByRole('button', { name: /^Mine/ }).click();
    await bob.locator('cs-conversation-list').getByRole('button', { name: new RegExp(firstLine.slice(-6)) }).waitFor();
  } finally {
    await Promise.all([shopperContext, aliceContext, bobContext].map((c) => c.close()));
  }
});

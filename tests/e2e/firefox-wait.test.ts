// The honest wait after hours in Firefox ESR (puppeteer-core over WebDriver BiDi) against a live `partykit
// dev`: a shopper in another time zone is told when the team opens in both zones, and the e-mail they
// leave reaches the merchant. tests/e2e/wait.test.ts covers it in Chromium, with the wait while open,
// which tests/e2e/firefox-conversation.test.ts covers in Firefox.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startMerchantBackend } from '../../demo/merchant-backend.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { byRole, collectProblems, launchFirefox, shopper, waitForText } from '../support/firefox.ts';
import { ALWAYS_OPEN_HOURS, PartykitDev, freePort, testSite } from '../support/partykit.ts';
import { clockIn, dayIn } from '../support/wall-clock.ts';

const TEAM_ZONE = 'America/New_York';
const SHOPPER_ZONE = 'Asia/Riyadh';

let browser: Browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

const wallClock = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);

test("after hours in Firefox: the opening time in the team's and the shopper's zones; an e-mail reaches the merchant signed", async () => {
  // Closed all of today in New York: shifts only on the other six days.
  const today = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: TEAM_ZONE }).format(Date.now()).toLowerCase().slice(0, 3);
  const hours = Object.fromEntries(Object.keys(ALWAYS_OPEN_HOURS).map((day) => [day, day === today ? [] : [['09:00', '17:00']]]));
  const merchantPort = await freePort();
  const received: string[] = [];
  let webhookArrived: () => void = () => {};
  const arrival = new Promise<void>((resolve) => (webhookArrived = resolve));
  const dev = await PartykitDev.start({ sites: { 'demo-shop': testSite({ timeZone: TEAM_ZONE, hours, webhookUrl: `http://127.0.0.1:${merchantPort}/hooks/cs-widget` }) } });
  const demo = await startDemoServer({ port: 0, partykitHost: dev.host });
  const merchant = await startMerchantBackend({
    port: merchantPort,
    webhookSecret: dev.webhookSecret,
    log: (line: string) => {
      received.push(line);
      webhookArrived();
    },
  });
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.emulateTimezone(SHOPPER_ZONE);
    const problems = collectProblems(page);
    await page.goto(`${demo.url}/`);
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), SHOPPER_ZONE);

    // Tomorrow 09:00 in New York, found by walking the clock (independent of the widget's formatting);
    // today's 09:00 is still ahead just after midnight, but today has no shift.
    let opensAt = Math.ceil(Date.now() / 60_000) * 60_000;
    while (!wallClock(opensAt, TEAM_ZONE).endsWith('09:00') || dayIn(opensAt, TEAM_ZONE) === dayIn(Date.now(), TEAM_ZONE)) opensAt += 60_000;

    const { openChat, send } = shopper(page);
    await openChat();
    await send('My order never arrived');
    await waitForText(page, 'We are closed now.');
    // Spaces as waitForText sees them (the narrow one before AM/PM included).
    await waitForText(page, `open at ${clockIn(opensAt, TEAM_ZONE)} our time (${clockIn(opensAt, SHOPPER_ZONE)} your time)`.replace(/\s+/g, ' '));
    await waitForText(page, /^Closed · opens /);

    const email = await byRole(page, 'textbox', /e-mail address/);
    await email.focus();
    await page.keyboard.type('  Shopper@Example.COM ');
    await page.keyboard.press('Enter');
    // Shown trimmed, as typed; the room keeps it with the domain in lower case (the merchant's line below).
    await waitForText(page, 'We will also answer at Shopper@Example.COM.');
    await arrival;
    assert.equal(received.length, 1, received.join('\n'));
    assert.match(received[0]!, /conversation\.contact_left: conversation [\w-]+ on demo-shop left Shopper@example\.com/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await merchant.close();
    await demo.close();
    await dev.dispose();
  }
});

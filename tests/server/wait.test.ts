/**
 * The honest expected wait, end to end against a real `partykit dev`: the auto-ack after the first message,
 * live estimate changes from agent presence, closed hours, first responses feeding the estimate, the contact
 * webhook, agent tokens, queue order and the inbox across a restart. Every wait is on an event (a frame, a
 * request), never a fixed sleep. Each test uses its own site, so queues never mix.
 */
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { after, afterEach, before, test } from 'node:test';
import { WEEKDAYS, type Weekday } from '../../src/config/site-config.ts';
import { MIN_SAMPLES_FOR_MEASURED, estimateWait, type AgentLoad } from '../../src/logic/wait-estimate.ts';
import { PROTOCOL_VERSION, type ChatMessage } from '../../src/protocol/messages.ts';
import type { Availability, WaitEstimate } from '../../src/protocol/wait.ts';
import { MAX_AGENT_TOKEN_SECONDS, agentToken, connectAgent, inboxUrl, joinAsAgent, signAgentToken, type AgentClient } from '../support/agent.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';
import {
  connect,
  conversationsUrl,
  newId,
  noticesOf,
  readAllHistory,
  refusedStatus,
  roomUrl,
  startConversation,
  type FrameRecorder,
  type Grant,
  type RoomClient,
} from '../support/room-client.ts';
import { WebhookReceiver, type ReceivedRequest } from '../support/webhook-receiver.ts';

const TOKYO = 'Asia/Tokyo';
const TARGET_MEDIUM = 240;
const CAPACITY = 3;

let dev: PartykitDev;
let receiver: WebhookReceiver;
let closedHours: { hours: Record<Weekday, string[][]>; opensAt: number };
const open: FrameRecorder<unknown>[] = [];

/** Tracks a socket so it is closed after the test. */
function track<C extends FrameRecorder<unknown>>(client: C): C {
  open.push(client);
  return client;
}

// ---- Time in a zone, computed here independently of src/logic/business-hours.ts ---------------------------

/** Wall-clock fields of `at` in `timeZone`. */
function wallClock(at: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The instant at which the wall clock in `timeZone` shows the given date and time (day may overflow). */
function zonedInstant(timeZone: string, year: number, month: number, day: number, hour: number, minute: number): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (at: number) => {
    const w = wallClock(at, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
  };
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

/** Weekday key of a calendar date (`day` may overflow into the next month). */
const weekdayOf = (year: number, month: number, day: number): Weekday =>
  WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;

/**
 * Hours in Tokyo with no shift today or tomorrow (Tokyo dates), 09:00-17:00 on the other five weekdays: the
 * team is closed now and opens the day after tomorrow at 09:00, even if the test crosses Tokyo midnight.
 */
function closedTodayAndTomorrow(now: number) {
  const today = wallClock(now, TOKYO);
  const closed = new Set([weekdayOf(today.year, today.month, today.day), weekdayOf(today.year, today.month, today.day + 1)]);
  const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, closed.has(day) ? [] : [['09:00', '17:00']]])) as Record<Weekday, string[][]>;
  return { hours, opensAt: zonedInstant(TOKYO, today.year, today.month, today.day + 2, 9, 0) };
}

// ---- Expectations --------------------------------------------------------------------------------------

const online = (n: number): AgentLoad[] => Array.from({ length: n }, () => ({ status: 'online', activeConversations: 0 }));

/** The estimate the model gives with no first-response history yet (the site's target). */
const targetEstimate = (ahead: number, agentsOnline: number, agentCapacity = CAPACITY): WaitEstimate =>
  estimateWait({ ahead, priority: 'medium', agents: online(agentsOnline), agentCapacity, recentFirstResponses: [], targetMinutes: TARGET_MEDIUM });

const openAvailability = (agentsOnline: number): Availability => ({ open: true, agentsOnline, changesAt: null, timeZone: 'UTC', language: 'en' });

// ---- Setup ---------------------------------------------------------------------------------------------

before(async () => {
  // The merchant's endpoint: `/fail` always answers 500, everything else 200.
  receiver = await WebhookReceiver.start((request) => (request.url.startsWith('/fail') ? 500 : 200));
  closedHours = closedTodayAndTomorrow(Date.now());
  dev = await PartykitDev.start({
    sites: {
      ack: testSite(),
      burst: testSite(),
      presence: testSite({ agentCapacity: 1 }),
      closed: testSite({ timeZone: TOKYO, hours: closedHours.hours }),
      samples: testSite(),
      hook: testSite({ webhookUrl: receiver.url('/hook') }),
      'hook-fail': testSite({ webhookUrl: receiver.url('/fail') }),
      tokens: testSite(),
      'tokens-other': testSite(),
      order: testSite(),
      restart: testSite(),
    },
  });
});
after(async () => {
  if (process.env.KEEP_PARTYKIT_STATE) {
    await dev?.stop();
    console.log(`partykit state and log kept in ${dev?.stateDir}`);
  } else await dev?.dispose();
  await receiver?.stop();
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

/** A shopper's socket, connected, with its connect-time history and `wait/updated` read. */
async function join(grant: Grant, options: { lang?: string; after?: number } = {}) {
  const client = track(await connect(dev, grant, options));
  const history = await client.history();
  const connectWait = await client.wait();
  return { client, history, connectWait };
}

/** A new conversation on `site` and the shopper's socket to it. */
async function shopper(site: string, options: { lang?: string } = {}) {
  const grant = await startConversation(dev, site);
  return { grant, ...(await join(grant, options)) };
}

/** Sends the shopper's first message; resolves with its ack, the auto-ack notice and the wait that follows. */
async function firstMessage(client: RoomClient, body = 'Where is my parcel?') {
  const id = newId();
  const sentAt = performance.now();
  client.send({ type: 'message/send', id, body });
  const ack = await client.acked(id);
  const notice = await client.notice('auto-ack');
  const noticeIndex = client.frames.findIndex((f) => f.type === 'message/added' && f.message.id === notice.id);
  const wait = await client.wait();
  return { ack: ack.message, notice, wait, noticeAfterMs: client.receivedAt[noticeIndex]! - sentAt, noticeIndex };
}

async function storedHistory(grant: Grant): Promise<ChatMessage[]> {
  const client = track(await connect(dev, grant));
  return (await readAllHistory(client)).messages;
}

// ---- Tests ---------------------------------------------------------------------------------------------

test('the first message is followed within a second by the auto-ack notice and wait/updated; a second one adds none', async () => {
  const { grant, client, connectWait } = await shopper('ack');
  const { client: otherTab } = await join(grant);
  // On connect, before any message: no estimate (not queued), the team's availability.
  assert.deepEqual(connectWait, { type: 'wait/updated', estimate: null, availability: openAvailability(0) });

  const wallBefore = Date.now();
  const { ack, notice, wait, noticeAfterMs, noticeIndex } = await firstMessage(client);
  const expected = targetEstimate(0, 0);
  assert.ok(noticeAfterMs < 1000, `auto-ack ${noticeAfterMs.toFixed(1)} ms after sending`);
  assert.equal(ack.seq, 1);
  assert.deepEqual(notice, { id: notice.id, seq: 2, role: 'system', notice: { kind: 'auto-ack', estimate: expected }, sentAt: notice.sentAt });
  assert.match(notice.id, /^system-/);
  assert.ok(notice.sentAt >= wallBefore && notice.sentAt <= Date.now(), `notice sentAt ${notice.sentAt} is server time`);
  // To the sender too, as an addition (never an ack), and then the wait with the team's availability.
  assert.deepEqual(wait, { type: 'wait/updated', estimate: expected, availability: openAvailability(0) });
  assert.ok(client.frames.indexOf(wait) > noticeIndex, 'wait/updated after the notice');
  assert.equal(client.frames.filter((f) => f.type === 'message/acked' && f.message.role === 'system').length, 0);
  // Everyone in the room hears both.
  assert.deepEqual(await otherTab.notice('auto-ack'), notice);
  assert.deepEqual(await otherTab.wait((w) => w.estimate !== null), wait);

  // A second message: stored and acked, no second auto-ack. `wait/refresh` answers after the room and the
  // inbox have handled it (so a wrongly appended notice would already be here).
  const second = newId();
  client.send({ type: 'message/send', id: second, body: 'Order 1234' });
  const { message: secondMessage } = await client.acked(second);
  assert.equal(secondMessage.seq, 3);
  client.send({ type: 'wait/refresh' });
  assert.deepEqual(await client.wait(), wait);
  assert.equal(noticesOf(client.live).length, 1);
  assert.deepEqual(await storedHistory(grant), [ack, notice, secondMessage]);
});

test('messages sent before the room heard back from the inbox add no second auto-ack', async () => {
  const { grant, client } = await shopper('burst');
  const ids = Array.from({ length: 10 }, () => newId());
  ids.forEach((id, i) => client.send({ type: 'message/send', id, body: `Where is my parcel? (${i})` }));
  for (const id of ids) await client.acked(id);
  const notice = await client.notice('auto-ack');
  assert.deepEqual(notice.notice, { kind: 'auto-ack', estimate: targetEstimate(0, 0) });
  // A refresh sent after the burst: the inbox answers in turn, so by its wait/updated (at least the second
  // one with an estimate: the auto-ack's comes first) the room has heard back for the burst.
  client.send({ type: 'wait/refresh' });
  await client.wait((w) => w.estimate !== null);
  await client.wait((w) => w.estimate !== null);
  const stored = await storedHistory(grant);
  assert.deepEqual(noticesOf(stored), [notice]);
  assert.deepEqual(noticesOf(client.live), [notice]);
  assert.deepEqual(stored.map((m) => m.seq), Array.from({ length: ids.length + 1 }, (_, i) => i + 1));
});

test('an agent coming online or going away changes the estimate a waiting shopper sees, live', async () => {
  // Capacity 1: the second in the queue waits a round less once one agent is online.
  assert.notDeepEqual(targetEstimate(1, 1, 1), targetEstimate(1, 0, 1), 'premise: presence changes this estimate');
  const first = await shopper('presence', { lang: 'en' });
  const second = await shopper('presence', { lang: 'de' });
  assert.deepEqual((await firstMessage(first.client)).notice.notice, { kind: 'auto-ack', estimate: targetEstimate(0, 0, 1) });
  const { wait } = await firstMessage(second.client);
  assert.deepEqual(wait, { type: 'wait/updated', estimate: targetEstimate(1, 0, 1), availability: openAvailability(0) });

  /**
   * The next wait/updated on the second shopper's socket, which sends nothing from here on. Taken in turn
   * (the connect-time and auto-ack ones are taken already), so any other wait/updated would be compared too.
   */
  const nextWait = () => second.client.wait();
  const token = await agentToken(dev, { name: 'Ana', site: 'presence' });
  const agent = track(await connectAgent(dev, 'presence', token));
  assert.deepEqual(await nextWait(), { type: 'wait/updated', estimate: targetEstimate(1, 1, 1), availability: openAvailability(1) });
  // The agent sees the queue in order.
  const queue = await agent.queue((q) => q.availability.agentsOnline === 1);
  assert.deepEqual(
    queue.queue.map(({ conversationId, priority, language, hasEmail }) => ({ conversationId, priority, language, hasEmail })),
    [
      { conversationId: first.grant.conversationId, priority: 'medium', language: 'en', hasEmail: false },
      { conversationId: second.grant.conversationId, priority: 'medium', language: 'de', hasEmail: false },
    ],
  );

  agent.setPresence('away');
  assert.deepEqual(await nextWait(), { type: 'wait/updated', estimate: targetEstimate(1, 0, 1), availability: openAvailability(0) });
  await agent.queue((q) => q.availability.agentsOnline === 0);
  agent.setPresence('online');
  assert.deepEqual(await nextWait(), { type: 'wait/updated', estimate: targetEstimate(1, 1, 1), availability: openAvailability(1) });

  // A second tab of the same agent is the same agent: still one online.
  const secondTab = track(await connectAgent(dev, 'presence', token));
  assert.equal((await secondTab.queue()).availability.agentsOnline, 1);
  secondTab.closeCleanly();
  await secondTab.closed();
  // Signing out (closing the socket) is going offline.
  agent.closeCleanly();
  assert.deepEqual(await nextWait(), { type: 'wait/updated', estimate: targetEstimate(1, 0, 1), availability: openAvailability(0) });
  // Each notice is written before its wait/updated: still only the one auto-ack (open to open is no news).
  assert.equal(noticesOf(second.client.live).length, 1);
});

test('closed hours: the auto-ack says when the team opens (Asia/Tokyo), and availability flips then', async () => {
  const { opensAt } = closedHours;
  const opening = wallClock(opensAt, TOKYO);
  assert.deepEqual([opening.hour, opening.minute], [9, 0], 'premise: 09:00 in Tokyo');
  assert.ok(opensAt - Date.now() > 24 * 3600_000, 'premise: after tomorrow');
  const closed: Availability = { open: false, agentsOnline: 0, changesAt: opensAt, timeZone: TOKYO, language: 'en' };

  const { client, connectWait } = await shopper('closed');
  assert.deepEqual(connectWait, { type: 'wait/updated', estimate: null, availability: closed });
  const { notice, wait, noticeAfterMs } = await firstMessage(client);
  const estimate: WaitEstimate = { kind: 'closed', opensAt, timeZone: TOKYO };
  assert.ok(noticeAfterMs < 1000, `auto-ack ${noticeAfterMs.toFixed(1)} ms after sending`);
  assert.deepEqual(notice.notice, { kind: 'auto-ack', estimate });
  assert.deepEqual(wait, { type: 'wait/updated', estimate, availability: closed });
});

test("an agent's first answer ends the wait and becomes a first-response sample", async () => {
  const site = 'samples';
  const token = await agentToken(dev, { name: 'Sam', site });
  const inbox = track(await connectAgent(dev, site, token));
  await inbox.queue((q) => q.availability.agentsOnline === 1);

  // Conversation k is queued with k - 1 samples: the target until there are MIN_SAMPLES_FOR_MEASURED.
  for (let k = 1; k <= MIN_SAMPLES_FOR_MEASURED + 1; k++) {
    const { grant, client } = await shopper(site);
    const { ack, notice } = await firstMessage(client);
    const estimate = notice.notice.estimate;
    if (k <= MIN_SAMPLES_FOR_MEASURED) {
      assert.deepEqual(estimate, targetEstimate(0, 1), `conversation ${k}: ${k - 1} samples, the target`);
    } else {
      assert.equal(estimate.kind === 'open' && estimate.basis, 'measured', `conversation ${k}: ${JSON.stringify(estimate)}`);
      assert.ok(estimate.kind === 'open' && estimate.ahead === 0 && estimate.lowMinutes <= estimate.highMinutes);
      break;
    }
    const { conversationId } = grant;
    await inbox.until(() => inbox.queues.at(-1)?.queue.some((item) => item.conversationId === conversationId) === true);

    const agent = track(await joinAsAgent(dev, conversationId, site, token));
    assert.deepEqual((await agent.history()).messages, [ack, notice]);
    const answer = newId();
    agent.send({ type: 'message/send', id: answer, body: 'Let me check.' });
    assert.equal((await agent.acked(answer)).message.role, 'agent');
    // The shopper hears the answer, then that the wait is over.
    await client.next((f) => f.type === 'message/added' && f.message.id === answer);
    assert.deepEqual(await client.wait((w) => w.estimate === null), { type: 'wait/updated', estimate: null, availability: openAvailability(1) });
    await inbox.until(() => inbox.queues.at(-1)?.queue.some((item) => item.conversationId === conversationId) === false);
    // Only the first answer is a first response: a second one adds no sample (else the basis flips early).
    const again = newId();
    agent.send({ type: 'message/send', id: again, body: 'Found it.' });
    await agent.acked(again);
    agent.close();
    client.close();
  }
});

/** Checks `x-cs-signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with node:crypto; returns t. */
function verifySignature(request: ReceivedRequest, secret: string): number {
  const header = request.headers['x-cs-signature'];
  const match = typeof header === 'string' ? /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) : null;
  assert.ok(match, `signature header: ${String(header)}`);
  const [, t, v1] = match;
  const expected = createHmac('sha256', secret).update(`${t}.${request.body}`).digest();
  assert.ok(timingSafeEqual(Buffer.from(v1!, 'hex'), expected), 'signature verifies with WEBHOOK_SECRET');
  // The check can fail: another key, or another body, gives another MAC.
  assert.notEqual(createHmac('sha256', `${secret}x`).update(`${t}.${request.body}`).digest('hex'), v1);
  assert.notEqual(createHmac('sha256', secret).update(`${t}.${request.body} `).digest('hex'), v1);
  return Number(t);
}

test('contact/leave: a signed webhook for a valid address, none for an invalid one, one retry on 500', async () => {
  const site = 'hook';
  const token = await agentToken(dev, { name: 'Hana', site });
  const inbox = track(await connectAgent(dev, site, token));
  const { grant, client } = await shopper(site);
  const { ack, notice: autoAck } = await firstMessage(client);
  const { conversationId } = grant;
  const itemOf = () => inbox.queues.at(-1)?.queue.find((item) => item.conversationId === conversationId);
  await inbox.until(() => itemOf()?.hasEmail === false);

  // Not addresses: refused with a code, nothing stored, no call.
  for (const email of ['not-an-email', 'two@@example.com', 'no-domain@', `${'a'.repeat(250)}@example.com`, 42]) {
    client.send({ type: 'contact/leave', email });
    assert.deepEqual(await client.next((f) => f.type === 'error'), { type: 'error', code: 'invalid-email' }, String(email));
  }

  const from = Date.now();
  client.send({ type: 'contact/leave', email: '  Shopper.Name@Example.COM ' });
  const saved = await client.notice('contact-saved');
  assert.deepEqual(saved, { id: saved.id, seq: 3, role: 'system', notice: { kind: 'contact-saved' }, sentAt: saved.sentAt });
  await receiver.until(() => receiver.to('/hook').length >= 1);
  const [call] = receiver.to('/hook');
  assert.equal(call!.method, 'POST');
  assert.match(String(call!.headers['content-type']), /^application\/json/);
  const t = verifySignature(call!, dev.webhookSecret);
  assert.ok(t >= Math.floor(from / 1000) && t <= Math.ceil(Date.now() / 1000), `t=${t} is now`);
  const event = JSON.parse(call!.body) as Record<string, unknown>;
  assert.deepEqual(event, {
    type: 'conversation.contact_left',
    siteKey: site,
    conversationId,
    email: 'Shopper.Name@example.com',
    at: event.at,
  });
  assert.ok(typeof event.at === 'number' && event.at >= from && event.at <= Date.now());
  // Agents see that the shopper can be answered by e-mail.
  await inbox.until(() => itemOf()?.hasEmail === true);
  assert.deepEqual(await storedHistory(grant), [ack, autoAck, saved]);

  // The merchant answers 500: the same signed event once more, then no further attempt.
  const failing = await shopper('hook-fail');
  await firstMessage(failing.client);
  const callsFor = (email: string) => receiver.to('/fail').filter((r) => (JSON.parse(r.body) as { email: string }).email === email);
  failing.client.send({ type: 'contact/leave', email: 'first@example.com' });
  await failing.client.notice('contact-saved');
  await receiver.until(() => callsFor('first@example.com').length >= 2);
  const attempts = callsFor('first@example.com');
  assert.equal(attempts[0]!.body, attempts[1]!.body, 'the retry sends the same event');
  for (const attempt of attempts) {
    assert.equal(attempt.status, 500);
    verifySignature(attempt, dev.webhookSecret);
  }
  // Barrier: a later call of the same room has come and gone (two attempts) since; a third attempt of the
  // first would have been sent at once after the second 500.
  failing.client.send({ type: 'contact/leave', email: 'second@example.com' });
  await receiver.until(() => callsFor('second@example.com').length >= 2);
  assert.equal(callsFor('first@example.com').length, 2, 'exactly one retry');
  assert.equal(callsFor('second@example.com').length, 2, 'exactly one retry');
  // And the valid address of the first shopper was posted exactly once; the invalid ones never.
  assert.equal(receiver.to('/hook').length, 1);
  assert.equal(receiver.requests.length, 5);
});

test('agent tokens: only a valid, unexpired token for the site opens the inbox or a conversation', async () => {
  const site = 'tokens';
  const valid = await agentToken(dev, { name: 'Ana', site });
  const grant = await startConversation(dev, site);
  const inbox = (token: string | null, extra: Record<string, string | null> = {}) =>
    inboxUrl(dev, site, { v: PROTOCOL_VERSION, agent: token, ...extra });
  const room = (token: string) => roomUrl(dev, grant.conversationId, { v: PROTOCOL_VERSION, site, agent: token, after: 0 });

  // The controls: the valid token opens both, so each refusal below is about the one thing changed.
  track(await connectAgent(dev, site, valid)).close();
  track(await joinAsAgent(dev, grant.conversationId, site, valid)).close();

  const [prefix, payload, signature] = valid.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
  const edit = (changes: Record<string, unknown>) =>
    `${prefix}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
  const now = Math.floor(Date.now() / 1000);
  const cases: [string, string][] = [
    ['expired', await agentToken(dev, { name: 'Ana', site, expiresInSeconds: -60 })],
    ['signed with another secret', await agentToken(dev, { name: 'Ana', site, secret: `${dev.agentSecret}-not` })],
    ['for another site', await agentToken(dev, { name: 'Ana', site: 'tokens-other' })],
    ['expiring too far ahead', await agentToken(dev, { name: 'Ana', site, expiresInSeconds: MAX_AGENT_TOKEN_SECONDS + 3600 })],
    ['no valid agent id', await signAgentToken(dev.agentSecret, { sub: 'x', name: 'Ana', site, exp: now + 600 })],
    ['garbage', 'not a token at all'],
    ['empty', ''],
    ['prefix only', 'agent1'],
    ['a part added', `${valid}.AAAA`],
    ['another prefix', valid.replace(/^agent1\./, 'agent2.')],
    ['signature cut', valid.slice(0, -4)],
    ['name edited, not re-signed', edit({ name: 'Boss' })],
    ['expiry edited, not re-signed', edit({ exp: now + 7200 })],
    ['site edited, not re-signed', edit({ site: 'tokens-other' })],
  ];
  for (const [name, token] of cases) {
    assert.equal(await refusedStatus(inbox(token)), 401, `inbox: ${name}`);
    assert.equal(await refusedStatus(room(token)), 401, `conversation: ${name}`);
  }
  // A shopper's secret opens its conversation, never the inbox.
  track(await connect(dev, grant)).close();
  assert.equal(await refusedStatus(inbox(null, { token: grant.token })), 401, 'visitor token as token');
  assert.equal(await refusedStatus(inbox(null, { site, token: grant.token })), 401, 'visitor token with site');
  assert.equal(await refusedStatus(inbox(grant.token)), 401, 'visitor token as agent token');
  assert.equal(await refusedStatus(inbox(null)), 401, 'no token');
  assert.equal(await refusedStatus(inboxUrl(dev, site, { v: PROTOCOL_VERSION + 1, agent: valid })), 426, 'inbox: wrong version');

  // An agent of another site, with its own valid token, cannot read a conversation of this site.
  const { client } = await join(grant);
  await firstMessage(client);
  const strangerToken = await agentToken(dev, { name: 'Eve', site: 'tokens-other' });
  const stranger = track(await joinAsAgent(dev, grant.conversationId, 'tokens-other', strangerToken, { closeTimeoutMs: 100 }));
  assert.equal(await stranger.closed(), 4003);
  assert.deepEqual(stranger.frames, []);

  // Before a shopper's first message a conversation belongs to no site yet: no agent may join it (and so
  // none can write into it first and claim it for another site).
  const fresh = await startConversation(dev, site);
  const early = track(await joinAsAgent(dev, fresh.conversationId, 'tokens-other', strangerToken, { closeTimeoutMs: 100 }));
  assert.equal(await early.closed(), 4003);

  // Minting accepts configured sites only.
  for (const siteKey of ['not-configured', 'Tokens']) {
    const response = await fetch(conversationsUrl(dev), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ siteKey }),
    });
    assert.equal(response.status, 400, siteKey);
    assert.deepEqual(await response.json(), { code: 'invalid-site' });
  }
});

test('queue order: each newly queued conversation has everyone queued before it ahead', async () => {
  const shoppers = [];
  for (let ahead = 0; ahead < 4; ahead++) {
    const s = await shopper('order');
    const { notice, wait } = await firstMessage(s.client);
    assert.deepEqual(notice.notice, { kind: 'auto-ack', estimate: targetEstimate(ahead, 0) }, `queued ${ahead + 1}`);
    assert.deepEqual(wait.estimate, targetEstimate(ahead, 0));
    assert.equal(wait.estimate?.kind === 'open' && wait.estimate.ahead, ahead);
    shoppers.push(s);
  }
  // The first is still first: those queued after it are behind.
  shoppers[0]!.client.send({ type: 'wait/refresh' });
  assert.deepEqual((await shoppers[0]!.client.wait()).estimate, targetEstimate(0, 0));
  // Agents get the queue in the same order (oldest first within a priority), whatever the ids.
  const agent = track(await connectAgent(dev, 'order', await agentToken(dev, { name: 'Olga', site: 'order' })));
  const { queue } = await agent.queue();
  assert.deepEqual(
    queue.map((item) => item.conversationId),
    shoppers.map((s) => s.grant.conversationId),
  );
  assert.deepEqual(queue.map((item) => item.waitingSince), [...queue.map((item) => item.waitingSince)].sort((a, b) => a - b));
});

// Last: restarts the server the other tests share.
test('the inbox survives a restart: queued conversations keep their place', async () => {
  const queued = [];
  let last: RoomClient | undefined;
  for (let ahead = 0; ahead < 3; ahead++) {
    const s = await shopper('restart');
    const { ack, notice, wait } = await firstMessage(s.client);
    assert.equal(wait.estimate?.kind === 'open' && wait.estimate.ahead, ahead);
    queued.push({ grant: s.grant, messages: [ack, notice], estimate: wait.estimate });
    last = s.client;
  }

  // SIGKILL: the whole server goes at once, as in a crash. (A SIGTERM sometimes leaves workerd serving the
  // old instance for seconds, and the restart would not be one.) The open socket proves it went.
  await dev.stop('SIGKILL');
  await last!.until(() => !last!.isOpen);
  await dev.start();

  for (const { grant, messages, estimate } of [...queued].reverse()) {
    const { history, connectWait } = await join(grant);
    assert.deepEqual(history.messages, messages);
    assert.deepEqual(connectWait, { type: 'wait/updated', estimate, availability: openAvailability(0) });
  }
  // Agents find the same queue in the same order.
  const agent: AgentClient = track(await connectAgent(dev, 'restart', await agentToken(dev, { name: 'Rita', site: 'restart' })));
  const { queue } = await agent.queue();
  assert.deepEqual(
    queue.map((item) => item.conversationId),
    queued.map((q) => q.grant.conversationId),
  );
});

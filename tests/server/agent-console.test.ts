/**
 * The agent console's server side, against a real `partykit dev` over real sockets: typing, read receipts,
 * internal notes (which never reach a shopper's socket), transfer, reopen, the inbox's welcome and its
 * queue/updated (held, resolved, agents, today's numbers), and the agent-session endpoint. Every wait is on
 * a frame; where a test shows that something did NOT arrive, a later frame on the same socket is the barrier
 * (a room handles one connection's frames in order). Each test uses its own site, so queues never mix.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { CATEGORIES } from '../../src/protocol/handoff.ts';
import type { CannedReply, QueueItem } from '../../src/protocol/inbox.ts';
import { MAX_BODY_LENGTH, MAX_NOTES_PER_CONVERSATION } from '../../src/protocol/limits.ts';
import type { ServerMessage } from '../../src/protocol/messages.ts';
import type { AgentServerMessage } from '../../src/protocol/notes.ts';
import {
  MAX_AGENT_TOKEN_SECONDS,
  agentToken,
  checkAgentSession,
  connectAgent,
  joinAsAgent,
  type AgentClient,
  type AgentRoomClient,
  type QueueUpdated,
} from '../support/agent.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { connect, newId, readAllHistory, startConversation, type FrameRecorder, type Grant } from '../support/room-client.ts';

/** UTC+14: on most hours the site's calendar day is not UTC's, so a metrics day taken in UTC shows. */
const KIRITIMATI = 'Pacific/Kiritimati';

const CANNED: CannedReply[] = [
  { id: 'greeting', title: 'Greeting', parts: { en: ['Hello, this is {agent}.'], de: ['Hallo, hier ist {agent}.'] } },
  { id: 'de-escalate', title: 'De-escalate', parts: { en: ['I am sorry.', 'I, {agent}, am on it.', 'You will hear from me by {time}.'] } },
];

const SITES = {
  typing: testSite(),
  reads: testSite(),
  notes: testSite(),
  transfer: testSite(),
  reopen: testSite(),
  welcome: testSite({ name: 'Welcome shop', timeZone: KIRITIMATI, languages: ['en', 'de'], cannedReplies: CANNED }),
  metrics: testSite({ timeZone: KIRITIMATI }),
  sessions: testSite(),
  'sessions-other': testSite(),
};

let dev: PartykitDev;
const open: FrameRecorder<unknown>[] = [];
const track = <C extends FrameRecorder<unknown>>(client: C): C => (open.push(client), client);

before(async () => {
  dev = await PartykitDev.start({ sites: SITES });
});
after(async () => {
  await dev?.dispose();
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

type Frame<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;
const frameOf =
  <T extends ServerMessage['type']>(type: T, predicate: (frame: Frame<T>) => boolean = () => true) =>
  (frame: ServerMessage): frame is Frame<T> =>
    frame.type === type && predicate(frame as Frame<T>);

/** A shopper whose first message put the conversation in the queue (the test sites have no bot). */
async function queuedShopper(site: string, body = 'Hello, my order has not arrived.') {
  const grant = await startConversation(dev, site);
  const client = track(await connect(dev, grant, { lang: 'en' }));
  await client.history();
  const id = newId();
  client.send({ type: 'message/send', id, body });
  const ack = (await client.acked(id)).message;
  const autoAck = await client.notice('auto-ack');
  return { grant, client, ack, autoAck };
}

/** An agent of `site`: their token, and a way to open the conversation (history read). */
async function agentOf(site: string, name: string) {
  const token = await agentToken(dev, { name, site });
  const join = async (grant: Grant): Promise<AgentRoomClient> => {
    const client = track(await joinAsAgent(dev, grant.conversationId, site, token));
    await client.history();
    return client;
  };
  return { name, token, id: `agent-${name}`, join, inbox: async () => track(await connectAgent(dev, site, token)) };
}

let barriers = 0;
/**
 * Asks for the (empty) history past a unique far point and waits for the answer: every frame the room meant
 * for this socket before it has arrived by then.
 */
async function barrier(client: FrameRecorder<AgentServerMessage>) {
  const after = 1_000_000 + barriers++;
  client.send({ type: 'history/fetch', after });
  await client.next((f) => f.type === 'history/synced' && f.after === after);
}

/** `exp` of an agent token, in epoch seconds. */
const expiryOf = (token: string): number => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')).exp;

const framesOfType = (client: { frames: readonly { type: string }[] }, type: string) => client.frames.filter((f) => f.type === type);

/** The item of `conversationId` in the latest `queue/updated` (in `queue` or `held`). */
const itemIn = (frame: QueueUpdated | undefined, list: 'queue' | 'held', conversationId: string): QueueItem | undefined =>
  frame?.[list].find((item) => item.conversationId === conversationId);

test('typing reaches every other connection, both ways, named for agents; never the typist, never stored', async () => {
  const { grant, client: shopper } = await queuedShopper('typing');
  const ana = await agentOf('typing', 'Ana');
  const [anaRoom, bobRoom] = await Promise.all([ana.join(grant), (await agentOf('typing', 'Bob')).join(grant)]);
  const storedBefore = (await readAllHistory(track(await connect(dev, grant)))).messages;

  anaRoom.send({ type: 'typing/set', typing: true });
  const toShopper = await shopper.next(frameOf('typing/updated'));
  assert.deepEqual(toShopper, { type: 'typing/updated', role: 'agent', name: 'Ana', typing: true });
  assert.deepEqual(await bobRoom.frame('typing/updated'), toShopper);
  anaRoom.send({ type: 'typing/set', typing: false });
  assert.deepEqual(await shopper.next(frameOf('typing/updated')), { ...toShopper, typing: false });

  shopper.send({ type: 'typing/set', typing: true });
  const toAgents = { type: 'typing/updated', role: 'visitor', name: null, typing: true };
  assert.deepEqual(await anaRoom.frame('typing/updated'), toAgents);
  assert.deepEqual(await bobRoom.frame('typing/updated', (f) => f.role === 'visitor'), toAgents);

  // Neither typist heard their own typing.
  await Promise.all([barrier(anaRoom), barrier(shopper)]);
  assert.deepEqual(framesOfType(anaRoom, 'typing/updated'), [toAgents]);
  assert.equal(framesOfType(shopper, 'typing/updated').length, 2);
  assert.ok(shopper.frames.filter(frameOf('typing/updated')).every((f) => f.role === 'agent'));

  // Nothing was stored, and a new connection hears of no typing.
  const fresh = track(await connect(dev, grant));
  assert.deepEqual((await readAllHistory(fresh)).messages, storedBefore);
  await fresh.wait();
  assert.deepEqual(framesOfType(fresh, 'typing/updated'), []);
});

test('read receipts: per side, clamped to the conversation, only forward, told to everyone and on connect', async () => {
  const { grant, client: shopper, autoAck } = await queuedShopper('reads');
  const last = autoAck.seq;
  assert.equal(last, 2, 'premise: the message and the auto-ack');
  // The shopper connected before the conversation existed: no read/updated then.
  assert.deepEqual(framesOfType(shopper, 'read/updated'), []);

  // An agent gets it on connect, after the history and where the conversation stands, before the wait.
  const ana = await agentOf('reads', 'Ana');
  const anaRoom = track(await joinAsAgent(dev, grant.conversationId, 'reads', ana.token));
  await anaRoom.wait();
  assert.deepEqual(
    anaRoom.frames.map((f) => f.type),
    ['history/synced', 'conversation/updated', 'read/updated', 'notes/synced', 'wait/updated'],
  );
  assert.deepEqual(anaRoom.frames[2], { type: 'read/updated', visitor: 0, agent: 0 });

  shopper.send({ type: 'read/mark', seq: last });
  const visitorRead = { type: 'read/updated', visitor: last, agent: 0 };
  assert.deepEqual(await shopper.next(frameOf('read/updated')), visitorRead);
  assert.deepEqual(await anaRoom.frame('read/updated', (f) => f.visitor === last), visitorRead);
  shopper.send({ type: 'read/mark', seq: 1 }); // backwards: nothing moves
  shopper.send({ type: 'read/mark', seq: last + 50 }); // beyond the conversation: clamped, nothing moves
  anaRoom.send({ type: 'read/mark', seq: 1 });
  assert.deepEqual(await shopper.next(frameOf('read/updated')), { type: 'read/updated', visitor: last, agent: 1 });
  anaRoom.send({ type: 'read/mark', seq: last + 50 });
  assert.deepEqual(await shopper.next(frameOf('read/updated')), { type: 'read/updated', visitor: last, agent: last });
  await barrier(shopper);
  assert.deepEqual(
    shopper.frames.filter(frameOf('read/updated')).map(({ visitor, agent }) => [visitor, agent]),
    [[last, 0], [last, 1], [last, last]],
    'one frame per move, none for a mark that moved nothing',
  );

  // A reconnecting shopper is told where both sides stand, right after what it missed.
  shopper.close();
  const again = track(await connect(dev, grant, { after: last }));
  await again.wait();
  assert.deepEqual(again.frames.slice(0, 3).map((f) => f.type), ['history/synced', 'conversation/updated', 'read/updated']);
  assert.deepEqual(again.frames[2], { type: 'read/updated', visitor: last, agent: last });
});

test('notes reach every agent and never a shopper: deduplicated, validated, apart from the messages', async () => {
  const { grant, client: shopper, autoAck } = await queuedShopper('notes');
  const ana = await agentOf('notes', 'Ana');
  const [anaRoom, bobRoom] = await Promise.all([ana.join(grant), (await agentOf('notes', 'Bob')).join(grant)]);
  assert.deepEqual(await anaRoom.frame('notes/synced'), { type: 'notes/synced', notes: [] });
  await bobRoom.frame('notes/synced');

  const secret = 'VIP-7731: offer free express shipping';
  const id = newId('n');
  anaRoom.send({ type: 'note/add', id, body: `  ${secret}  ` });
  const added = await anaRoom.frame('note/added');
  const { sentAt } = added.note;
  assert.deepEqual(added.note, { id, body: secret, agentId: ana.id, name: 'Ana', sentAt });
  assert.deepEqual(await bobRoom.frame('note/added'), added);

  // A resend stores nothing: the writer gets the original again, nobody else hears of it.
  anaRoom.send({ type: 'note/add', id, body: 'edited' });
  assert.deepEqual(await anaRoom.frame('note/added'), added);
  for (const [body, code] of [['   ', 'body-empty'], ['x'.repeat(MAX_BODY_LENGTH + 1), 'body-too-long']] as const) {
    const bad = newId('n');
    anaRoom.send({ type: 'note/add', id: bad, body });
    assert.deepEqual(await anaRoom.error(), { type: 'error', code, ref: bad });
  }
  const second = newId('n');
  bobRoom.send({ type: 'note/add', id: second, body: 'Called the carrier, parcel is in Leipzig.' });
  await anaRoom.frame('note/added', (f) => f.note.id === second);
  await barrier(bobRoom);
  assert.deepEqual(bobRoom.notes.map((note) => note.id), [id, second], 'Bob heard each note once');

  // A shopper cannot write one.
  const forged = newId('n');
  shopper.send({ type: 'note/add', id: forged, body: 'I am an agent, honestly' });
  assert.deepEqual(await shopper.next(frameOf('error')), { type: 'error', code: 'forbidden', ref: forged });

  // The shopper's socket never carried a note, not even after reconnecting and reading all history; and the
  // notes took no sequence number (the shopper's history has no gap).
  await barrier(shopper);
  shopper.close();
  const again = track(await connect(dev, grant));
  const { messages } = await readAllHistory(again);
  await again.wait();
  assert.deepEqual(messages.map((m) => m.seq), [1, 2]);
  assert.equal(messages.at(-1)?.seq, autoAck.seq);
  for (const socket of [shopper, again]) {
    assert.ok(socket.raw.length > 0);
    for (const raw of socket.raw) {
      assert.ok(!/"note|VIP-7731|Leipzig|"agentId"/.test(raw), `a note reached the shopper: ${raw}`);
    }
  }

  // An agent (re)connecting gets every note, oldest first.
  const later = await ana.join(grant);
  assert.deepEqual((await later.frame('notes/synced')).notes.map((note) => [note.id, note.name]), [
    [id, 'Ana'],
    [second, 'Bob'],
  ]);
});

test(`a conversation holds at most ${MAX_NOTES_PER_CONVERSATION} notes; the next is refused with too-many-notes`, async () => {
  const { grant } = await queuedShopper('notes');
  const anaRoom = await (await agentOf('notes', 'Ana')).join(grant);
  const ids = Array.from({ length: MAX_NOTES_PER_CONVERSATION }, () => newId('n'));
  for (const id of ids) anaRoom.send({ type: 'note/add', id, body: `note ${id}` });
  await anaRoom.until(() => framesOfType(anaRoom, 'note/added').length === MAX_NOTES_PER_CONVERSATION);
  const extra = newId('n');
  anaRoom.send({ type: 'note/add', id: extra, body: 'one too many' });
  assert.deepEqual(await anaRoom.error(), { type: 'error', code: 'too-many-notes', ref: extra });
  // A resend of a stored one is still answered.
  anaRoom.send({ type: 'note/add', id: ids[0]!, body: 'again' });
  assert.equal((await anaRoom.frame('note/added', (f) => f.note.id === ids[0])).note.body, `note ${ids[0]}`);
});

test('transfer: to a signed-in agent by the holder (or anyone while queued); refused for others and to nobody', async () => {
  const site = 'transfer';
  const [ana, bob, carol] = await Promise.all([agentOf(site, 'Ana'), agentOf(site, 'Bob'), agentOf(site, 'Carol')]);
  const anaInbox: AgentClient = await ana.inbox();
  const bobInbox = await bob.inbox();
  await anaInbox.queue((q) => q.agents.length === 2);
  const { grant, client: shopper } = await queuedShopper(site);
  const { conversationId } = grant;

  const anaRoom = await ana.join(grant);
  const carolRoom = await carol.join(grant);
  // Queued: anyone may hand it on. Carol (not signed in to the inbox) gives it to Ana.
  carolRoom.send({ type: 'conversation/transfer', agentId: ana.id });
  assert.equal((await shopper.notice('agent-joined')).notice.name, 'Ana');
  assert.equal((await shopper.next(frameOf('conversation/updated', (f) => f.phase === 'assigned'))).agentName, 'Ana');

  // Now only Ana may: not Carol, not the shopper; not to Carol (not signed in), not to Ana herself.
  carolRoom.send({ type: 'conversation/transfer', agentId: bob.id });
  await carolRoom.error('forbidden');
  shopper.send({ type: 'conversation/transfer', agentId: bob.id });
  assert.deepEqual(await shopper.next(frameOf('error')), { type: 'error', code: 'forbidden' });
  anaRoom.send({ type: 'conversation/transfer', agentId: carol.id });
  await anaRoom.error('agent-unavailable');
  anaRoom.send({ type: 'conversation/transfer', agentId: ana.id });
  await anaRoom.error('wrong-phase');

  // To Bob, signed in though away: the shopper hears his name; the inbox shows him holding it.
  bobInbox.setPresence('away');
  await anaInbox.queue((q) => q.agents.some((a) => a.agentId === bob.id && a.status === 'away'));
  anaRoom.send({ type: 'conversation/transfer', agentId: bob.id });
  assert.equal((await shopper.notice('agent-joined')).notice.name, 'Bob');
  assert.equal((await anaRoom.frame('conversation/updated', (f) => f.agentName === 'Bob')).phase, 'assigned');
  const queue = await anaInbox.queue((q) => itemIn(q, 'held', conversationId)?.assignee?.id === bob.id);
  assert.deepEqual(itemIn(queue, 'held', conversationId)?.assignee, { id: bob.id, name: 'Bob' });
  assert.deepEqual(
    queue.agents.map(({ agentId, status, activeConversations }) => [agentId, status, activeConversations]),
    [
      [ana.id, 'online', 0],
      [bob.id, 'away', 1],
    ],
  );

  // Ana no longer holds it: she can neither hand it on nor write into it.
  anaRoom.send({ type: 'conversation/transfer', agentId: ana.id });
  await anaRoom.error('forbidden');
  const late = newId();
  anaRoom.send({ type: 'message/send', id: late, body: 'Still here!' });
  assert.deepEqual(await anaRoom.error('already-assigned'), { type: 'error', code: 'already-assigned', ref: late });

  // Bob hands it back, then signs out: he is no longer someone to hand it to.
  const bobRoom = await bob.join(grant);
  bobRoom.send({ type: 'conversation/transfer', agentId: ana.id });
  assert.equal((await shopper.notice('agent-joined')).notice.name, 'Ana');
  bobInbox.closeCleanly();
  await anaInbox.queue((q) => q.agents.length === 1);
  anaRoom.send({ type: 'conversation/transfer', agentId: bob.id });
  await anaRoom.error('agent-unavailable');
});

test('a claim crossing a transfer: whichever comes first wins, the other is refused, one person joins', async (t) => {
  const site = 'transfer';
  const [ana, bob, carol] = await Promise.all([agentOf(site, 'Ana'), agentOf(site, 'Bob'), agentOf(site, 'Carol')]);
  const anaInbox = await ana.inbox();
  await anaInbox.queue((q) => q.agents.some((a) => a.agentId === ana.id));
  const refusals: string[] = [];
  for (let round = 0; round < 5; round++) {
    const { grant, client: shopper } = await queuedShopper(site);
    const [bobRoom, carolRoom] = await Promise.all([bob.join(grant), carol.join(grant)]);
    // Carol's transfer waits for the inbox to say who is signed in; Bob's claim lands meanwhile.
    carolRoom.send({ type: 'conversation/transfer', agentId: ana.id });
    bobRoom.send({ type: 'conversation/claim' });
    const joined = await shopper.notice('agent-joined');
    const loser = joined.notice.name === 'Bob' ? carolRoom : bobRoom;
    const refusal = await loser.error();
    assert.ok(['already-assigned', 'forbidden'].includes(refusal.code), refusal.code);
    refusals.push(`${loser === bobRoom ? 'Bob' : 'Carol'}: ${refusal.code}`);
    await barrier(shopper);
    assert.equal(shopper.live.filter((m) => m.role === 'system' && m.notice.kind === 'agent-joined').length, 1, `round ${round}`);
    const state = shopper.frames.filter(frameOf('conversation/updated', (f) => f.phase === 'assigned'));
    assert.deepEqual(state.map((f) => f.agentName), [joined.notice.name]);
  }
  // The crossing itself (the transfer refused after its look-up) is what matters; the other order is fine too.
  t.diagnostic(refusals.join(', '));
});

test('reopen: a resolved conversation is held again by whoever reopens it, and leaves the resolved list', async () => {
  const site = 'reopen';
  const [ana, bob] = await Promise.all([agentOf(site, 'Ana'), agentOf(site, 'Bob')]);
  const inbox = await ana.inbox();
  const { grant, client: shopper } = await queuedShopper(site);
  const { conversationId } = grant;
  const anaRoom = await ana.join(grant);
  anaRoom.send({ type: 'conversation/reopen' });
  await anaRoom.error('wrong-phase'); // queued, not resolved
  anaRoom.send({ type: 'conversation/claim' });
  await shopper.notice('agent-joined');
  anaRoom.send({ type: 'conversation/reopen' });
  await anaRoom.error('wrong-phase'); // assigned
  anaRoom.send({ type: 'conversation/resolve' });
  await shopper.notice('resolved');
  const resolved = await inbox.queue((q) => q.resolved.some((r) => r.conversationId === conversationId));
  assert.equal(resolved.resolved[0]?.resolvedBy, 'Ana');
  assert.equal(itemIn(resolved, 'held', conversationId), undefined);

  shopper.send({ type: 'conversation/reopen' });
  assert.deepEqual(await shopper.next(frameOf('error')), { type: 'error', code: 'forbidden' });

  const bobRoom = await bob.join(grant);
  bobRoom.send({ type: 'conversation/reopen' });
  assert.equal((await shopper.notice('agent-joined')).notice.name, 'Bob');
  assert.equal((await shopper.next(frameOf('conversation/updated', (f) => f.agentName === 'Bob'))).phase, 'assigned');
  // Frames are taken in turn, and earlier ones had it held by Ana: wait for Bob's.
  const reopened = await inbox.queue((q) => itemIn(q, 'held', conversationId)?.assignee?.id === bob.id);
  assert.deepEqual(itemIn(reopened, 'held', conversationId)?.assignee, { id: bob.id, name: 'Bob' });
  assert.deepEqual(reopened.resolved, []);
  // It is Bob's now: Ana's message is refused.
  const id = newId();
  anaRoom.send({ type: 'message/send', id, body: 'Hello again' });
  await anaRoom.error('already-assigned');
});

test("an agent's welcome: who they are, the site, its canned replies; then the queue, to every agent", async () => {
  const ana = await agentOf('welcome', 'Ana');
  const first = await ana.inbox();
  const welcome = await first.welcome();
  assert.deepEqual(welcome, {
    type: 'inbox/welcome',
    agent: { id: ana.id, name: 'Ana', expiresAt: expiryOf(ana.token) * 1000 },
    site: { name: 'Welcome shop', timeZone: KIRITIMATI, languages: ['en', 'de'], targetMinutes: { high: 60, medium: 240, low: 1440 } },
    cannedReplies: CANNED,
  });
  assert.equal(first.frames[0], welcome, 'the welcome comes first');
  await first.queue((q) => q.agents.length === 1);

  // A second tab of Ana's, and Bob: one welcome each, to themselves; Ana counted once.
  const secondTab = await ana.inbox();
  const bob = await (await agentOf('welcome', 'Bob')).inbox();
  assert.deepEqual((await bob.welcome()).agent.name, 'Bob');
  await secondTab.welcome();
  const both = await first.queue((q) => q.agents.length === 2);
  assert.deepEqual(both.agents.map((a) => a.name), ['Ana', 'Bob']);
  assert.equal(framesOfType(first, 'inbox/welcome').length, 1);
  assert.equal(framesOfType(secondTab, 'inbox/welcome').length, 1);
});

test('queue/updated: queued, claimed and answered gives a first response; resolved is counted and listed; reopen unlists it', async () => {
  const site = 'metrics';
  const siteDay = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: KIRITIMATI }).format(at);
  const ana = await agentOf(site, 'Ana');
  const inbox = await ana.inbox();
  const started = Date.now();
  const initial = await inbox.queue();
  const today = initial.metrics.day;
  assert.ok([siteDay(started), siteDay(Date.now())].includes(today), `the site's day, ${today}`);
  assert.deepEqual(initial.metrics, {
    day: today,
    firstResponseMs: null,
    waiting: 0,
    handledByCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])),
    satisfaction: null,
  });

  const { grant } = await queuedShopper(site);
  const { conversationId } = grant;
  const queued = await inbox.queue((q) => itemIn(q, 'queue', conversationId) !== undefined);
  assert.equal(queued.metrics.waiting, 1);
  const item = itemIn(queued, 'queue', conversationId)!;
  assert.equal(item.assignee, null);
  assert.ok(item.summary, 'a summary for agents');

  const anaRoom = await ana.join(grant);
  anaRoom.send({ type: 'conversation/claim' });
  const claimed = await inbox.queue((q) => itemIn(q, 'held', conversationId) !== undefined);
  assert.deepEqual(claimed.queue, []);
  assert.equal(claimed.metrics.waiting, 0);
  assert.equal(claimed.metrics.firstResponseMs, null, 'claimed is not answered');

  const answerId = newId();
  anaRoom.send({ type: 'message/send', id: answerId, body: 'Hi, I am looking into it.' });
  const answer = (await anaRoom.acked(answerId)).message;
  const answered = await inbox.queue((q) => q.metrics.firstResponseMs !== null);
  const firstResponse = answer.sentAt - item.waitingSince;
  assert.deepEqual(answered.metrics.firstResponseMs, { p50: firstResponse, p90: firstResponse, count: 1 });

  anaRoom.send({ type: 'conversation/resolve' });
  const resolved = await inbox.queue((q) => q.resolved.length === 1);
  assert.deepEqual(resolved.held, []);
  const { resolvedAt } = resolved.resolved[0]!;
  assert.deepEqual(resolved.resolved, [
    { conversationId, priority: item.priority, language: 'en', summary: item.summary, resolvedAt, resolvedBy: 'Ana' },
  ]);
  const category = item.summary!.category;
  assert.deepEqual(resolved.metrics.handledByCategory, { ...initial.metrics.handledByCategory, [category]: 1 });
  assert.equal(resolved.metrics.firstResponseMs?.count, 1);

  anaRoom.send({ type: 'conversation/reopen' });
  // (Frames before the resolve listed nothing as resolved either: wait for one that counted it.)
  const reopened = await inbox.queue((q) => q.resolved.length === 0 && q.metrics.handledByCategory[category] === 1);
  assert.equal(itemIn(reopened, 'held', conversationId)?.assignee?.name, 'Ana');
  assert.equal(reopened.metrics.handledByCategory[category], 1, 'handled today stays handled');
});

test('agent sessions: 200 with who the token names; 401 for a bad token or site; 426 for another version', async () => {
  const site = 'sessions';
  const valid = await agentToken(dev, { name: 'Ana', site });
  const ok = await checkAgentSession(dev, { siteKey: site, token: valid });
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.body, { agentId: 'agent-Ana', name: 'Ana', expiresAt: expiryOf(valid) * 1000 });
  assert.equal(ok.headers.get('access-control-allow-origin'), '*');

  const unauthorized = { status: 401, body: { code: 'unauthorized' } };
  const cases: [string, unknown][] = [
    ['expired', { siteKey: site, token: await agentToken(dev, { name: 'Ana', site, expiresInSeconds: -60 }) }],
    ['forged signature', { siteKey: site, token: await agentToken(dev, { name: 'Ana', site, secret: `${dev.agentSecret}-not` }) }],
    ['for another site', { siteKey: 'sessions-other', token: valid }],
    ['of a site not configured', { siteKey: 'nowhere', token: await agentToken(dev, { name: 'Ana', site: 'nowhere' }) }],
    ['too long-lived', { siteKey: site, token: await agentToken(dev, { name: 'Ana', site, expiresInSeconds: MAX_AGENT_TOKEN_SECONDS + 3600 }) }],
    ['signature cut', { siteKey: site, token: valid.slice(0, -4) }],
    ['no token', { siteKey: site }],
    ['no site', { token: valid }],
    ['not JSON', `{"siteKey": "${site}", "token": `],
    ['a list', [site, valid]],
  ];
  for (const [name, body] of cases) {
    const answer = await checkAgentSession(dev, body);
    assert.deepEqual({ status: answer.status, body: answer.body }, unauthorized, name);
    assert.equal(answer.headers.get('access-control-allow-origin'), '*', name);
  }
  for (const v of ['2', null]) {
    const answer = await checkAgentSession(dev, { siteKey: site, token: valid }, v);
    assert.deepEqual({ status: answer.status, body: answer.body }, { status: 426, body: { code: 'version-mismatch' } }, `v=${v}`);
  }
  const preflight = await fetch(`${dev.httpOrigin}/api/agent-sessions?v=1`, { method: 'OPTIONS' });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
});

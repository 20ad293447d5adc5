import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { HISTORY_PAGE_SIZE, MAX_BODY_LENGTH, MAX_FRAME_BYTES } from '../../src/protocol/limits.ts';
import { PROTOCOL_VERSION, type ChatMessage, type ServerMessage } from '../../src/protocol/messages.ts';
import { PartykitDev } from '../support/partykit.ts';
import {
  connect,
  conversationsUrl,
  isNoticeOf,
  newId,
  noticesOf,
  readAllHistory,
  refusedStatus,
  roomUrl,
  startConversation,
  textsOf,
  type Grant,
  type RoomClient,
} from '../support/room-client.ts';

let dev: PartykitDev;
const openClients: RoomClient[] = [];

before(async () => {
  dev = await PartykitDev.start();
});
after(async () => {
  await dev?.dispose();
});
afterEach(() => {
  for (const client of openClients.splice(0)) client.close();
});

/** A connected client whose connect-time history page has been read (and is returned). */
async function join(grant: Grant, after?: number) {
  const client = await connect(dev, grant, after === undefined ? {} : { after });
  openClients.push(client);
  return { client, history: await client.history() };
}

/** Sends bodies pipelined (no waiting between frames); returns their ids. */
function sendAll(client: RoomClient, bodies: readonly string[]): string[] {
  return bodies.map((body) => {
    const id = newId();
    client.send({ type: 'message/send', id, body });
    return id;
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const bodies = (label: string, count: number) => range(1, count).map((i) => `${label} ${i}`);
const isError = (f: ServerMessage) => f.type === 'error';
const seqs = (messages: readonly ChatMessage[]) => messages.map((m) => m.seq);
const isAutoAck = isNoticeOf('auto-ack');
/** Every entry of a conversation in which the shopper wrote: its texts, and exactly one auto-ack notice. */
const hasTextsAndAutoAck = (messages: readonly ChatMessage[], texts: number) =>
  textsOf(messages).length === texts && noticesOf(messages).length === 1;

/**
 * The room's own entries in a conversation where only shoppers wrote: the one auto-ack after the first
 * message (never more, never before it), server-made id and all.
 */
function assertOneAutoAck(messages: readonly ChatMessage[]) {
  const notices = noticesOf(messages);
  assert.equal(notices.length, 1, `one notice, got ${JSON.stringify(notices)}`);
  const [notice] = notices;
  assert.ok(isAutoAck(notice!), `an auto-ack: ${JSON.stringify(notice)}`);
  assert.match(notice!.id, /^system-/);
  assert.ok(notice!.seq > 1, 'after the first message');
  return notice!;
}

/** Everything stored in the conversation, read by a fresh client. */
async function storedHistory(grant: Grant): Promise<ChatMessage[]> {
  const client = await connect(dev, grant);
  openClients.push(client);
  return (await readAllHistory(client)).messages;
}

test('a message is acknowledged only after it is durably stored (SIGKILL right after the first ack)', async (t) => {
  const grant = await startConversation(dev);
  const { client } = await join(grant);
  const texts = bodies('crash', 200);
  const ids = sendAll(client, texts);
  await client.next((f) => f.type === 'message/acked');
  await dev.stop('SIGKILL'); // the kill is signalled synchronously, while later frames are still in flight
  await client.until(() => !client.isOpen);
  const acked = client.live;
  await dev.start();

  const stored = await storedHistory(grant);
  const storedTexts = textsOf(stored);
  t.diagnostic(`${acked.length} acked, ${storedTexts.length} stored of ${ids.length} sent before the kill (+${stored.length - storedTexts.length} notice)`);
  // Everything the room sent as stored (acks, and the auto-ack notice it broadcast) survived.
  for (const message of acked) assert.deepEqual(stored[message.seq - 1], message, `acked ${message.id} must survive`);
  // Gapless over every stored entry, notices included.
  assert.deepEqual(seqs(stored), range(1, stored.length));
  // One sender: what survived is a prefix of what it sent.
  assert.deepEqual(storedTexts.map((m) => m.id), ids.slice(0, storedTexts.length));
  // The crash may have come before the auto-ack was written, never made two.
  assert.ok(noticesOf(stored).length <= 1 && noticesOf(stored).every(isAutoAck), JSON.stringify(noticesOf(stored)));

  // Resending everything (as the widget's outbox does) stores the rest, each exactly once.
  const { client: again } = await join(grant);
  ids.forEach((id, i) => again.send({ type: 'message/send', id, body: texts[i] }));
  await again.until(() => textsOf(again.live).length === ids.length);
  const final = await storedHistory(grant);
  assert.deepEqual(textsOf(final).map((m) => m.id), ids);
  assert.deepEqual(final.slice(0, stored.length), stored);
  assert.deepEqual(seqs(final), range(1, final.length));
  assert.ok(noticesOf(final).length <= 1 && noticesOf(final).every(isAutoAck), JSON.stringify(noticesOf(final)));
});

test('one message id sent many times is stored once and always acked with the original', async () => {
  const grant = await startConversation(dev);
  const { client: sender } = await join(grant);
  const { client: observer } = await join(grant);
  const id = newId();
  for (let i = 0; i < 5; i++) sender.send({ type: 'message/send', id, body: 'only once' });
  const acks = [];
  for (let i = 0; i < 5; i++) acks.push((await sender.acked(id)).message);
  const original = acks[0]!;
  assert.equal(original.seq, 1);
  for (const ack of acks) assert.deepEqual(ack, original);
  // The repeats took no sequence number: the room's auto-ack comes right after the one stored message.
  const autoAck = await sender.notice('auto-ack');
  assert.equal(autoAck.seq, 2);
  assert.deepEqual(await storedHistory(grant), [original, autoAck]);

  // After a reconnect, still the original (even with another body: the id decides).
  sender.close();
  const { client: resender, history } = await join(grant, 0);
  assert.deepEqual(history.messages, [original, autoAck]);
  resender.send({ type: 'message/send', id, body: 'only once' });
  resender.send({ type: 'message/send', id, body: 'edited' });
  assert.deepEqual((await resender.acked(id)).message, original);
  assert.deepEqual((await resender.acked(id)).message, original);
  assert.deepEqual(await storedHistory(grant), [original, autoAck]);

  // Once the observer has the next message it has seen everything before it: exactly one addition each.
  const [barrier] = sendAll(resender, ['barrier']);
  const { message: barrierMessage } = await observer.next(
    (f): f is Extract<ServerMessage, { type: 'message/added' }> => f.type === 'message/added' && f.message.id === barrier,
  );
  assert.equal(barrierMessage.seq, 3);
  assert.deepEqual(observer.live.map((m) => m.id), [id, autoAck.id, barrier]);
});

test('concurrent senders: every client sees the same gapless order, and so does history', async () => {
  const grant = await startConversation(dev);
  const senders = 3;
  const perSender = 20;
  const total = senders * perSender;
  const clients = await Promise.all(range(1, senders).map(async () => (await join(grant)).client));
  const sent = clients.map((client, k) => sendAll(client, bodies(`sender ${k}`, perSender)));
  await Promise.all(clients.map((c) => c.until(() => hasTextsAndAutoAck(c.live, total))));

  const [first, ...others] = clients.map((c) => c.live);
  // The room's auto-ack takes its place in the one order: every entry once, no gaps.
  assert.deepEqual(seqs(first!), range(1, total + 1));
  assertOneAutoAck(first!);
  for (const view of others) assert.deepEqual(view, first);
  clients.forEach((client, k) => {
    const own = new Set(sent[k]);
    // Own messages keep their send order, come back as acks; everyone else's as additions.
    assert.deepEqual(first!.filter((m) => own.has(m.id)).map((m) => m.id), sent[k]);
    for (const f of client.frames) {
      if (f.type === 'message/acked') assert.ok(own.has(f.message.id), 'acked only to its sender');
      if (f.type === 'message/added') assert.ok(!own.has(f.message.id), 'added only to the others');
      if (f.type === 'message/acked') assert.notEqual(f.message.role, 'system', 'notices are added to everyone, never acked');
    }
  });
  assert.deepEqual(await storedHistory(grant), first);
});

test('role, seq and sentAt are stamped by the server, whatever the client sends', async () => {
  const grant = await startConversation(dev);
  const { client: sender } = await join(grant);
  const { client: observer } = await join(grant);
  const id = newId();
  const sentFrom = Date.now();
  sender.send({ type: 'message/send', id, body: '  hello  ', role: 'agent', seq: 999, sentAt: 0, extra: 'x' });
  const ack = await sender.acked(id);
  const sentTo = Date.now();

  const stamped = { id, seq: 1, role: 'visitor', body: 'hello', sentAt: ack.message.sentAt };
  // The raw frame, because parsing would drop an extra field the server wrongly kept.
  const rawAck = JSON.parse(sender.raw[sender.frames.indexOf(ack)]!) as { message: unknown };
  assert.deepEqual(rawAck.message, stamped);
  assert.ok(stamped.sentAt >= sentFrom && stamped.sentAt <= sentTo, `sentAt ${stamped.sentAt} is server time`);
  const added = await observer.next((f) => f.type === 'message/added');
  assert.deepEqual(added, { type: 'message/added', message: stamped });
  // The room's own entry is stamped by it too: next sequence number, server id, server time.
  const autoAck = await observer.notice('auto-ack');
  const rawNotice = JSON.parse(observer.raw[observer.frames.findIndex((f) => f.type === 'message/added' && f.message.id === autoAck.id)]!) as {
    message: Record<string, unknown>;
  };
  assert.deepEqual(Object.keys(rawNotice.message).sort(), ['id', 'notice', 'role', 'sentAt', 'seq']);
  assert.equal(autoAck.seq, 2);
  assert.match(autoAck.id, /^system-/);
  assert.ok(autoAck.sentAt >= stamped.sentAt && autoAck.sentAt <= Date.now(), `notice sentAt ${autoAck.sentAt} is server time`);
  assert.deepEqual(await storedHistory(grant), [stamped, autoAck]);
});

test('the room refuses connections without the right token (401) or protocol version (426)', async () => {
  const grant = await startConversation(dev);
  const other = await startConversation(dev);
  const otherSite = await startConversation(dev, 'other-shop');
  const url = (params: Record<string, string | number | null>, conversationId = grant.conversationId) =>
    roomUrl(dev, conversationId, { v: PROTOCOL_VERSION, site: grant.siteKey, token: grant.token, after: 0, ...params });
  const flipped = (grant.token[0] === 'A' ? 'B' : 'A') + grant.token.slice(1);

  // The control: the right URL opens, so the refusals below are about the one thing changed.
  (await connect(dev, grant)).close();
  const cases: [string, string, number][] = [
    ['wrong token', url({ token: flipped }), 401],
    ['garbage token', url({ token: 'not a token!' }), 401],
    ['token of another conversation', url({ token: other.token }), 401],
    ['missing token', url({ token: null }), 401],
    ['token used with another site key', url({ site: 'other-shop' }), 401],
    ['token of another site key', url({ token: otherSite.token }, otherSite.conversationId), 401],
    ['missing site key', url({ site: null }), 401],
    ['wrong version', url({ v: PROTOCOL_VERSION + 1 }), 426],
    ['missing version', url({ v: null }), 426],
  ];
  for (const [name, target, status] of cases) assert.equal(await refusedStatus(target), status, name);
});

test('the minting endpoint validates site key and version and answers CORS preflight', async () => {
  const post = (body: string, v?: string | null) =>
    fetch(conversationsUrl(dev, v), { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  const minted = await post(JSON.stringify({ siteKey: 'demo' }));
  assert.equal(minted.status, 201);
  assert.equal(minted.headers.get('access-control-allow-origin'), '*');
  await minted.body?.cancel();

  const badSiteKeys = ['', 'has space', 'x'.repeat(65), 'ümlaut', 42, null];
  const badBodies = [...badSiteKeys.map((siteKey) => JSON.stringify({ siteKey })), '{}', '{"siteKey":', 'null', ''];
  for (const body of badBodies) {
    const response = await post(body);
    assert.equal(response.status, 400, body);
    assert.deepEqual(await response.json(), { code: 'invalid-site' });
  }
  for (const v of [String(PROTOCOL_VERSION + 1), null]) {
    const response = await post(JSON.stringify({ siteKey: 'demo' }), v);
    assert.equal(response.status, 426, `v=${v}`);
    assert.deepEqual(await response.json(), { code: 'version-mismatch' });
  }

  const preflight = await fetch(conversationsUrl(dev), {
    method: 'OPTIONS',
    headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /content-type/i);
});

test('each bad frame gets its error code and the same socket keeps working', async () => {
  const grant = await startConversation(dev);
  const { client } = await join(grant);
  const send = (id: string, body: unknown) => ({ type: 'message/send', id, body });
  const refId = () => newId('ref');
  const withRef = (code: string, id: string) => ({ type: 'error', code, ref: id });

  const emptyId = refId();
  const longId = refId();
  const numberBodyId = refId();
  const cases: [string, object | string | Uint8Array, object][] = [
    ['malformed JSON', '{"type":', { type: 'error', code: 'malformed-frame' }],
    ['JSON array', '[1,2]', { type: 'error', code: 'malformed-frame' }],
    ['JSON number', '42', { type: 'error', code: 'malformed-frame' }],
    ['JSON null', 'null', { type: 'error', code: 'malformed-frame' }],
    ['unknown type', { type: 'message/delete', id: newId() }, { type: 'error', code: 'unknown-type' }],
    ['missing type', { id: newId(), body: 'hi' }, { type: 'error', code: 'unknown-type' }],
    ['id too short', send('short', 'hi'), { type: 'error', code: 'invalid-message' }],
    ['id with bad characters', send('has spaces in it', 'hi'), { type: 'error', code: 'invalid-message' }],
    ['non-string body', send(numberBodyId, 42), withRef('invalid-message', numberBodyId)],
    ['negative history cursor', { type: 'history/fetch', after: -1 }, { type: 'error', code: 'invalid-message' }],
    ['blank body', send(emptyId, ' \n\t '), withRef('body-empty', emptyId)],
    ['body too long', send(longId, 'x'.repeat(MAX_BODY_LENGTH + 1)), withRef('body-too-long', longId)],
    ['frame too large', send(newId(), 'x'.repeat(MAX_FRAME_BYTES)), { type: 'error', code: 'frame-too-large' }],
    // Fewer UTF-16 units than the limit, more UTF-8 bytes: the byte count is what matters.
    ['frame too large in UTF-8', send(newId(), 'é'.repeat(MAX_FRAME_BYTES / 2)), { type: 'error', code: 'frame-too-large' }],
    ['binary frame', new TextEncoder().encode(JSON.stringify(send(newId(), 'hi'))), { type: 'error', code: 'malformed-frame' }],
  ];

  const accepted: string[] = [];
  for (const [i, [name, frame, expected]] of cases.entries()) {
    client.send(frame);
    assert.deepEqual(await client.next(isError), expected, name);
    const [id] = sendAll(client, [`still here after ${name}`]);
    await client.acked(id!);
    accepted.push(id!);
    // The ack came after the bad frame was handled: exactly one error per bad frame so far.
    assert.equal(client.frames.filter(isError).length, i + 1, name);
  }

  // The longest allowed body is accepted; refused frames took no sequence number.
  const [longest] = sendAll(client, ['y'.repeat(MAX_BODY_LENGTH)]);
  await client.acked(longest!);
  accepted.push(longest!);
  await client.notice('auto-ack');
  const stored = await storedHistory(grant);
  assert.deepEqual(textsOf(stored).map((m) => m.id), accepted);
  assertOneAutoAck(stored);
  assert.deepEqual(seqs(stored), range(1, accepted.length + 1));
});

test('after a crash and restart, history is intact and a resuming client gets exactly what it missed', async () => {
  const grant = await startConversation(dev);
  const { client: stayer } = await join(grant);
  const { client: leaver } = await join(grant);
  sendAll(stayer, bodies('stayer', 3));
  sendAll(leaver, bodies('leaver', 3));
  // Six messages and the room's auto-ack: seven entries.
  await Promise.all([stayer, leaver].map((c) => c.until(() => hasTextsAndAutoAck(c.live, 6))));
  assert.deepEqual(seqs(leaver.live), range(1, 7));
  const lastSeen = leaver.live.at(-1)!.seq;
  leaver.close();

  const missedIds = sendAll(stayer, bodies('while away', 4));
  await stayer.until(() => hasTextsAndAutoAck(stayer.live, 10));
  const everything = stayer.live;
  const missed = everything.filter((m) => missedIds.includes(m.id));
  assert.deepEqual(seqs(missed), range(lastSeen + 1, lastSeen + 4));
  await dev.stop('SIGKILL');
  await dev.start();

  assert.deepEqual(await storedHistory(grant), everything);
  assert.deepEqual(seqs(everything), range(1, 11));
  assertOneAutoAck(everything);
  const { client: back, history } = await join(grant, lastSeen);
  assert.deepEqual(history, { type: 'history/synced', after: lastSeen, messages: missed, hasMore: false });

  // The sequence carries on after the restart; nothing is renumbered.
  const { client: stayerAgain } = await join(grant, everything.at(-1)!.seq);
  const [id] = sendAll(back, ['back again']);
  const { message } = await back.acked(id!);
  assert.equal(message.seq, everything.length + 1);
  assert.deepEqual(await stayerAgain.next((f) => f.type === 'message/added'), { type: 'message/added', message });
});

test('history comes in pages of HISTORY_PAGE_SIZE, each message exactly once, in order', async () => {
  const grant = await startConversation(dev);
  const texts = HISTORY_PAGE_SIZE * 2 + Math.ceil(HISTORY_PAGE_SIZE / 2);
  const total = texts + 1; // and the room's auto-ack
  const { client: sender } = await join(grant);
  sendAll(sender, bodies('page', texts));
  await sender.until(() => hasTextsAndAutoAck(sender.live, texts), 30_000);

  const reader = await connect(dev, grant);
  openClients.push(reader);
  const { messages, pages } = await readAllHistory(reader);
  assert.equal(reader.frames[0]?.type === 'history/synced' && reader.frames[0].hasMore, true);
  assert.deepEqual(pages, [HISTORY_PAGE_SIZE, HISTORY_PAGE_SIZE, total - 2 * HISTORY_PAGE_SIZE]);
  assert.deepEqual(messages, sender.live);
  assert.deepEqual(seqs(messages), range(1, total));
  assertOneAutoAck(messages);

  // Exactly one page left: no `hasMore`, no empty page to fetch.
  const { history: lastPage } = await join(grant, total - HISTORY_PAGE_SIZE);
  assert.equal(lastPage.messages.length, HISTORY_PAGE_SIZE);
  assert.equal(lastPage.hasMore, false);
});

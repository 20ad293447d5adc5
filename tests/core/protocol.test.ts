import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acceptMessage } from '../../src/logic/accept-message.ts';
import { MAX_BODY_LENGTH, MAX_FRAME_BYTES, MAX_MESSAGE_ID_LENGTH, MIN_MESSAGE_ID_LENGTH } from '../../src/protocol/limits.ts';
import {
  encode,
  parseClientMessage,
  parseConversationGrant,
  parseServerMessage,
  utf8Length,
  type ChatMessage,
} from '../../src/protocol/messages.ts';
import { parseServerMessageForAgent } from '../../src/protocol/notes.ts';

const id = 'msg-0001';
const message: ChatMessage = { id, seq: 1, role: 'visitor', body: 'hi', sentAt: 1_700_000_000_000 };
const json = (value: unknown) => JSON.stringify(value);

describe('utf8Length', () => {
  test('counts UTF-8 bytes like TextEncoder', () => {
    const samples = ['', 'abc', 'é', '€', '中文', '😀', 'a😀b', '\u0000', 'x'.repeat(1000), 'مرحبا'];
    for (const text of samples) assert.equal(utf8Length(text), new TextEncoder().encode(text).length, text);
  });

  test('a lone surrogate counts as the 3-byte replacement character', () => {
    for (const text of ['\ud83d', '\ude00', 'a\ud83d', '\ude00\ud83d']) {
      assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
    }
  });

  test('a high surrogate before a non-surrogate is not a pair', () => {
    for (const text of ['\ud83d\ud83d', '\ud83d€']) assert.equal(utf8Length(text), new TextEncoder().encode(text).length);
  });
});

describe('parseClientMessage', () => {
  test('accepts message/send and history/fetch, keeping only known fields', () => {
    assert.deepEqual(parseClientMessage(json({ type: 'message/send', id, body: 'hi', role: 'agent', seq: 9 })), {
      ok: true,
      value: { type: 'message/send', id, body: 'hi' },
    });
    assert.deepEqual(parseClientMessage(json({ type: 'history/fetch', after: 0 })), {
      ok: true,
      value: { type: 'history/fetch', after: 0 },
    });
  });

  test('message ids follow the id rules', () => {
    const parse = (messageId: unknown) => parseClientMessage(json({ type: 'message/send', id: messageId, body: 'x' })).ok;
    assert.equal(parse('a'.repeat(MIN_MESSAGE_ID_LENGTH)), true);
    assert.equal(parse('a'.repeat(MAX_MESSAGE_ID_LENGTH)), true);
    assert.equal(parse('A-z_09-A'), true);
    assert.equal(parse(crypto.randomUUID()), true);
    for (const bad of ['a'.repeat(MIN_MESSAGE_ID_LENGTH - 1), 'a'.repeat(MAX_MESSAGE_ID_LENGTH + 1), 'has space', 'dot.not.ok', 'ümlaut12', 12345678, null]) {
      assert.equal(parse(bad), false, String(bad));
    }
  });

  const refused: [string, unknown, string][] = [
    ['not a string', new Uint8Array([123, 125]), 'malformed-frame'],
    ['undefined', undefined, 'malformed-frame'],
    ['malformed JSON', '{"type":', 'malformed-frame'],
    ['an array', '[]', 'malformed-frame'],
    ['a number', '1', 'malformed-frame'],
    ['null', 'null', 'malformed-frame'],
    ['a string', '"message/send"', 'malformed-frame'],
    ['no type', json({ id, body: 'x' }), 'unknown-type'],
    ['unknown type', json({ type: 'message/delete', id }), 'unknown-type'],
    ['negative cursor', json({ type: 'history/fetch', after: -1 }), 'invalid-message'],
    ['fractional cursor', json({ type: 'history/fetch', after: 1.5 }), 'invalid-message'],
    ['string cursor', json({ type: 'history/fetch', after: '3' }), 'invalid-message'],
  ];
  for (const [name, raw, code] of refused) {
    test(`refuses ${name} with ${code}`, () => assert.deepEqual(parseClientMessage(raw), { ok: false, code }));
  }
  for (const [name, raw] of [
    ['non-string body', json({ type: 'message/send', id, body: 1 })],
    ['missing body', json({ type: 'message/send', id })],
  ] as const) {
    test(`refuses a message with a ${name} naming its id`, () =>
      assert.deepEqual(parseClientMessage(raw), { ok: false, code: 'invalid-message', ref: id }));
  }

  test('frame size is measured in UTF-8 bytes, at the limit and just above', () => {
    const frameOfBytes = (bytes: number, char: string) => {
      const room = bytes - json({ type: 'message/send', id, body: '' }).length;
      const count = Math.floor(room / utf8Length(char));
      return json({ type: 'message/send', id, body: char.repeat(count) + 'x'.repeat(room - count * utf8Length(char)) });
    };
    for (const char of ['x', 'é', '€', '😀']) {
      const atLimit = frameOfBytes(MAX_FRAME_BYTES, char);
      assert.equal(utf8Length(atLimit), MAX_FRAME_BYTES);
      assert.equal(parseClientMessage(atLimit).ok, true, `${char} at the limit`);
      const over = frameOfBytes(MAX_FRAME_BYTES + 1, char);
      assert.deepEqual(parseClientMessage(over), { ok: false, code: 'frame-too-large' }, `${char} over the limit`);
    }
  });

  test('a body of the longest allowed length, fully escaped, still fits in a frame', () => {
    const frame = json({ type: 'message/send', id: 'i'.repeat(MAX_MESSAGE_ID_LENGTH), body: '\u0000'.repeat(MAX_BODY_LENGTH) });
    assert.equal(parseClientMessage(frame).ok, true);
  });
});

describe('parseServerMessage', () => {
  test('reads every frame the room sends, round-tripping through encode', () => {
    const frames = [
      { type: 'history/synced', after: 0, messages: [message, { ...message, seq: 2, role: 'agent' }], hasMore: true },
      { type: 'history/synced', after: 5, messages: [], hasMore: false },
      { type: 'message/acked', message },
      { type: 'message/added', message },
      { type: 'error', code: 'body-empty', ref: id },
      { type: 'error', code: 'malformed-frame' },
    ] as const;
    for (const frame of frames) assert.deepEqual(parseServerMessage(encode(frame)), frame);
  });

  test('drops unknown fields', () => {
    assert.deepEqual(parseServerMessage(json({ type: 'message/acked', message: { ...message, extra: 1 }, also: 2 })), {
      type: 'message/acked',
      message,
    });
  });

  test('an error ref that is not a message id is left out', () => {
    assert.deepEqual(parseServerMessage(json({ type: 'error', code: 'server-error', ref: 'x' })), { type: 'error', code: 'server-error' });
  });

  const unreadable: [string, unknown][] = [
    ['not a string', new Uint8Array([1])],
    ['malformed JSON', '{'],
    ['an array', '[]'],
    ['unknown type', json({ type: 'presence/changed' })],
    ['unknown error code', json({ type: 'error', code: 'teapot' })],
    ['seq 0', json({ type: 'message/added', message: { ...message, seq: 0 } })],
    ['fractional seq', json({ type: 'message/added', message: { ...message, seq: 1.5 } })],
    ['unknown role', json({ type: 'message/added', message: { ...message, role: 'admin' } })],
    ['bad id', json({ type: 'message/added', message: { ...message, id: 'short' } })],
    ['non-string body', json({ type: 'message/added', message: { ...message, body: null } })],
    ['non-finite sentAt', '{"type":"message/added","message":{"id":"msg-0001","seq":1,"role":"visitor","body":"hi","sentAt":"soon"}}'],
    ['one bad message in a page', json({ type: 'history/synced', after: 0, messages: [message, {}], hasMore: false })],
    ['missing hasMore', json({ type: 'history/synced', after: 0, messages: [] })],
    ['negative after', json({ type: 'history/synced', after: -1, messages: [], hasMore: false })],
  ];
  for (const [name, raw] of unreadable) test(`returns null for ${name}`, () => assert.equal(parseServerMessage(raw), null));
});

describe('parseConversationGrant', () => {
  test('accepts a minted grant and nothing else', () => {
    const grant = { conversationId: crypto.randomUUID(), token: 'a'.repeat(43) };
    assert.deepEqual(parseConversationGrant({ ...grant, extra: 1 }), grant);
    assert.equal(parseConversationGrant({ ...grant, token: 'short' }), null);
    assert.equal(parseConversationGrant({ ...grant, conversationId: '../x' }), null);
    assert.equal(parseConversationGrant(null), null);
  });
});

describe('acceptMessage', () => {
  const send = (body: string) => ({ type: 'message/send', id, body }) as const;

  test('stamps role, seq and time from the server and trims the body', () => {
    assert.deepEqual(acceptMessage(send('  hi \n'), 'visitor', 7, 123), {
      ok: true,
      message: { id, seq: 7, role: 'visitor', body: 'hi', sentAt: 123 },
    });
  });

  test('refuses a blank body', () => {
    for (const body of ['', ' ', '\n\t ']) assert.deepEqual(acceptMessage(send(body), 'visitor', 1, 0), { ok: false, code: 'body-empty' });
  });

  test('accepts MAX_BODY_LENGTH code units and refuses one more (after trimming)', () => {
    assert.equal(acceptMessage(send('x'.repeat(MAX_BODY_LENGTH)), 'visitor', 1, 0).ok, true);
    assert.equal(acceptMessage(send(` ${'x'.repeat(MAX_BODY_LENGTH)} `), 'visitor', 1, 0).ok, true);
    assert.deepEqual(acceptMessage(send('x'.repeat(MAX_BODY_LENGTH + 1)), 'visitor', 1, 0), { ok: false, code: 'body-too-long' });
    // Length is in UTF-16 units: an emoji counts twice.
    assert.deepEqual(acceptMessage(send('😀'.repeat(MAX_BODY_LENGTH / 2 + 1)), 'visitor', 1, 0), { ok: false, code: 'body-too-long' });
  });
});

test('conversation/updated: the shopper parser leaves out who holds it and the summary; the agent parser reads both', () => {
  const summary = { reason: 'asked', category: 'shipping', priority: 'medium', sentiment: 'neutral', language: 'de', timeZone: null, orderNumber: null, botTried: [], firstLine: 'Wo ist mein Paket?', at: 1 };
  const frame = JSON.stringify({ type: 'conversation/updated', phase: 'assigned', agentName: 'Alice', agentId: 'agent-a', summary });
  assert.deepEqual(parseServerMessage(frame), { type: 'conversation/updated', phase: 'assigned', agentName: 'Alice' });
  assert.deepEqual(parseServerMessageForAgent(frame), { type: 'conversation/updated', phase: 'assigned', agentName: 'Alice', agentId: 'agent-a', summary });
  assert.equal(parseServerMessageForAgent(JSON.stringify({ type: 'conversation/updated', phase: 'queued', agentName: null, summary: { reason: 'nope' } })), null);
});

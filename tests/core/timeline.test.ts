import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMPTY_TIMELINE,
  addPending,
  applyServerMessage,
  retryPending,
  toItems,
  toResumePoint,
  toUnsent,
  type Timeline,
} from '../../src/logic/timeline.ts';
import type { ChatMessage, ServerMessage, TextMessage } from '../../src/protocol/messages.ts';

const stored = (seq: number, overrides: Partial<TextMessage> = {}): TextMessage => ({
  id: `stored-${seq}`,
  seq,
  role: 'agent',
  body: `body ${seq}`,
  sentAt: 1000 + seq,
  ...overrides,
});
const pending = (id: string, createdAt = 1) => ({ id, body: `pending ${id}`, createdAt });
const synced = (messages: ChatMessage[], after = 0): ServerMessage => ({ type: 'history/synced', after, messages, hasMore: false });
const added = (message: ChatMessage): ServerMessage => ({ type: 'message/added', message });
const acked = (message: ChatMessage): ServerMessage => ({ type: 'message/acked', message });
const apply = (timeline: Timeline, ...messages: ServerMessage[]) => messages.reduce(applyServerMessage, timeline);
const seqs = (timeline: Timeline) => timeline.confirmed.map((m) => m.seq);

describe('timeline', () => {
  test('addPending keeps the order messages were written in, without touching the input', () => {
    const one = addPending(EMPTY_TIMELINE, pending('pending-a'));
    const two = addPending(one, pending('pending-b'));
    assert.deepEqual(two.pending.map((p) => p.id), ['pending-a', 'pending-b']);
    assert.deepEqual(one.pending.map((p) => p.id), ['pending-a']);
    assert.deepEqual(EMPTY_TIMELINE, { confirmed: [], pending: [] });
  });

  test('an ack confirms the pending message and removes its pending copy', () => {
    const timeline = addPending(addPending(EMPTY_TIMELINE, pending('pending-a')), pending('pending-b'));
    const ack = stored(1, { id: 'pending-a', role: 'visitor' });
    const next = applyServerMessage(timeline, acked(ack));
    assert.deepEqual(next.confirmed, [ack]);
    assert.deepEqual(next.pending.map((p) => p.id), ['pending-b']);
  });

  test('a confirmation arriving by history (after a reconnect) also clears the pending copy', () => {
    const timeline = addPending(EMPTY_TIMELINE, pending('pending-a'));
    const next = apply(timeline, synced([stored(1), stored(2, { id: 'pending-a', role: 'visitor' })]));
    assert.deepEqual(seqs(next), [1, 2]);
    assert.deepEqual(next.pending, []);
  });

  test('duplicates change nothing: the same message by ack, addition and history is kept once', () => {
    const message = stored(1);
    const once = apply(EMPTY_TIMELINE, added(message));
    const again = apply(once, added(message), acked(message), synced([message]), synced([message, stored(2)]));
    assert.deepEqual(again.confirmed, [message, stored(2)]);
  });

  test('out-of-order sequence numbers are sorted by seq', () => {
    const timeline = apply(EMPTY_TIMELINE, added(stored(3)), added(stored(1)), synced([stored(5), stored(2)]), added(stored(4)));
    assert.deepEqual(seqs(timeline), [1, 2, 3, 4, 5]);
  });

  test('an error with a ref marks that pending message failed, and only that one', () => {
    const timeline = addPending(addPending(EMPTY_TIMELINE, pending('pending-a')), pending('pending-b'));
    const next = applyServerMessage(timeline, { type: 'error', code: 'body-too-long', ref: 'pending-b' });
    assert.deepEqual(next.pending, [pending('pending-a'), { ...pending('pending-b'), failure: 'body-too-long' }]);
    assert.deepEqual(toUnsent(next).map((p) => p.id), ['pending-a']);
  });

  test('an error without a ref, or about an unknown id, changes nothing', () => {
    const timeline = addPending(EMPTY_TIMELINE, pending('pending-a'));
    assert.equal(applyServerMessage(timeline, { type: 'error', code: 'malformed-frame' }), timeline);
    assert.deepEqual(applyServerMessage(timeline, { type: 'error', code: 'body-empty', ref: 'someone-else' }), timeline);
  });

  test('retryPending clears the failure and keeps id, body and time; others are untouched', () => {
    const timeline = apply(
      addPending(addPending(EMPTY_TIMELINE, pending('pending-a', 5)), pending('pending-b', 6)),
      { type: 'error', code: 'server-error', ref: 'pending-a' },
      { type: 'error', code: 'server-error', ref: 'pending-b' },
    );
    const retried = retryPending(timeline, 'pending-a');
    assert.deepEqual(retried.pending, [pending('pending-a', 5), { ...pending('pending-b', 6), failure: 'server-error' }]);
    assert.equal('failure' in retried.pending[0]!, false);
    assert.deepEqual(toUnsent(retried).map((p) => p.id), ['pending-a']);
    assert.deepEqual(retryPending(retried, 'pending-a'), retried);
  });

  test('toResumePoint stops at the first gap', () => {
    assert.equal(toResumePoint(EMPTY_TIMELINE), 0);
    assert.equal(toResumePoint(apply(EMPTY_TIMELINE, synced([stored(1), stored(2), stored(3)]))), 3);
    const gap = apply(EMPTY_TIMELINE, synced([stored(1), stored(2), stored(4), stored(5)]));
    assert.equal(toResumePoint(gap), 2);
    assert.equal(toResumePoint(apply(EMPTY_TIMELINE, added(stored(2)))), 0);
    // Filling the gap moves the resume point past everything held.
    assert.equal(toResumePoint(apply(gap, added(stored(3)))), 5);
  });

  test('toItems lists confirmed messages in order, then pending ones with their state', () => {
    const timeline = apply(
      addPending(addPending(EMPTY_TIMELINE, pending('pending-a', 50)), pending('pending-b', 60)),
      added(stored(2)),
      added(stored(1, { role: 'visitor' })),
      { type: 'error', code: 'body-empty', ref: 'pending-b' },
    );
    assert.deepEqual(toItems(timeline), [
      { kind: 'text', id: 'stored-1', seq: 1, role: 'visitor', body: 'body 1', at: 1001, state: 'delivered' },
      { kind: 'text', id: 'stored-2', seq: 2, role: 'agent', body: 'body 2', at: 1002, state: 'delivered' },
      { kind: 'text', id: 'pending-a', role: 'visitor', body: 'pending pending-a', at: 50, state: 'sending' },
      { kind: 'text', id: 'pending-b', role: 'visitor', body: 'pending pending-b', at: 60, state: 'failed', failure: 'body-empty' },
    ]);
    assert.deepEqual(toItems(EMPTY_TIMELINE), []);
  });

  test('toItems gives an own message the seq of its ack (what read receipts compare), and none while pending', () => {
    const sent = addPending(EMPTY_TIMELINE, pending('pending-a'));
    assert.equal('seq' in toItems(sent)[0]!, false);
    const [item] = toItems(apply(sent, acked(stored(7, { id: 'pending-a', role: 'visitor' }))));
    assert.equal(item?.kind === 'text' && item.state === 'delivered' ? item.seq : undefined, 7);
  });
});

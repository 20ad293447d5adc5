/**
 * The server's pure decisions behind the agent console: read marks, transfer rules, presence, the resolved
 * list, today's numbers, notes (the console's own logic is in agent-console.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acceptNote } from '../../src/logic/accept-message.ts';
import { transferRefusal } from '../../src/logic/assignment.ts';
import { EMPTY_DAY, addFirstResponse, addHandled, calendarDay, inboxMetrics, nearestRank, type DayRecord } from '../../src/logic/inbox-metrics.ts';
import { agentPresence, listResolved } from '../../src/logic/inbox-view.ts';
import { NOTHING_READ, markRead } from '../../src/logic/read-receipts.ts';
import { PHASES } from '../../src/protocol/handoff.ts';
import { parseAgentPresenceList, parseInboxRequest, type ResolvedItem } from '../../src/protocol/inbox.ts';
import { MAX_BODY_LENGTH, MAX_FIRST_RESPONSES_PER_DAY, MAX_RESOLVED_LISTED } from '../../src/protocol/limits.ts';

describe('markRead', () => {
  test('moves one side forward, clamped to the last sequence number; the same object when nothing moved', () => {
    const marks = markRead(NOTHING_READ, 'visitor', 3, 5);
    assert.deepEqual(marks, { visitor: 3, agent: 0 });
    assert.deepEqual(markRead(marks, 'agent', 9, 5), { visitor: 3, agent: 5 });
    assert.equal(markRead(marks, 'visitor', 2, 5), marks, 'backwards');
    assert.equal(markRead(marks, 'visitor', 3, 5), marks, 'the same');
    assert.equal(markRead(marks, 'visitor', 9, 3), marks, 'clamped to where it is');
    assert.equal(markRead(NOTHING_READ, 'agent', 4, 0), NOTHING_READ, 'nothing to read yet');
  });
});

describe('transferRefusal', () => {
  const holding = (phase: (typeof PHASES)[number], holderId: string | null = null) => ({ phase, holderId });

  test('the holder may, to someone else; anyone may while queued', () => {
    assert.equal(transferRefusal(holding('assigned', 'ana'), 'ana', 'bob'), null);
    assert.equal(transferRefusal(holding('queued'), 'carol', 'bob'), null);
    assert.equal(transferRefusal(holding('queued'), 'carol', 'carol'), null);
  });

  test('others are forbidden; to the holder, or outside the queue and a holder, is the wrong phase', () => {
    assert.equal(transferRefusal(holding('assigned', 'ana'), 'bob', 'carol'), 'forbidden');
    assert.equal(transferRefusal(holding('assigned', 'ana'), 'ana', 'ana'), 'wrong-phase');
    assert.equal(transferRefusal(holding('bot'), 'ana', 'bob'), 'wrong-phase');
    assert.equal(transferRefusal(holding('resolved'), 'ana', 'bob'), 'wrong-phase');
  });
});

describe('agentPresence', () => {
  test('one entry per agent, online wins over away, load counted, ordered by name', () => {
    const presence = agentPresence(
      [
        { agentId: 'b-1', name: 'Bob', status: 'away' },
        { agentId: 'a-1', name: 'Ana', status: 'away' },
        { agentId: 'a-1', name: 'Ana', status: 'online' },
        { agentId: 'a-1', name: 'Ana', status: 'away' },
        { agentId: 'b-1', name: 'Bob', status: 'away' },
      ],
      ['b-1', 'a-1', 'b-1', 'gone'],
    );
    assert.deepEqual(presence, [
      { agentId: 'a-1', name: 'Ana', status: 'online', activeConversations: 1 },
      { agentId: 'b-1', name: 'Bob', status: 'away', activeConversations: 2 },
    ]);
    assert.deepEqual(agentPresence([], ['a-1']), [], 'signed out: not listed, whatever they hold');
  });
});

describe('listResolved', () => {
  const item = (n: number): ResolvedItem => ({
    conversationId: `conv-${String(n).padStart(4, '0')}`,
    priority: 'medium',
    language: 'en',
    summary: null,
    resolvedAt: 1_000 + n,
    resolvedBy: 'Ana',
  });

  test(`the most recent first, at most ${MAX_RESOLVED_LISTED}; the rest are dropped`, () => {
    const items = Array.from({ length: MAX_RESOLVED_LISTED + 2 }, (_, i) => item(i));
    const shuffled = [...items.filter((_, i) => i % 2), ...items.filter((_, i) => !(i % 2))];
    const { listed, dropped } = listResolved(shuffled);
    assert.equal(listed.length, MAX_RESOLVED_LISTED);
    assert.equal(listed[0]?.resolvedAt, 1_000 + MAX_RESOLVED_LISTED + 1);
    assert.ok(listed.every((entry, i) => i === 0 || entry.resolvedAt < listed[i - 1]!.resolvedAt));
    assert.deepEqual(dropped.map((entry) => entry.resolvedAt), [1_001, 1_000]);
    assert.deepEqual(listResolved([item(1)]), { listed: [item(1)], dropped: [] });
  });
});

describe("today's numbers", () => {
  test("calendarDay is the site's date, not UTC's", () => {
    const at = Date.UTC(2026, 10, 22, 12, 0); // 12:00 UTC on 22 November
    assert.equal(calendarDay('UTC', at), '2026-11-22');
    assert.equal(calendarDay('Pacific/Kiritimati', at), '2026-11-23'); // UTC+14
    assert.equal(calendarDay('Pacific/Pago_Pago', Date.UTC(2026, 0, 1, 5)), '2025-12-31'); // UTC-11
  });

  test('nearestRank: an observed value, the smallest with at least p% at or below it', () => {
    const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    assert.equal(nearestRank(sorted, 50), 50);
    assert.equal(nearestRank(sorted, 90), 90);
    assert.equal(nearestRank(sorted, 91), 100);
    assert.equal(nearestRank([7], 50), 7);
    assert.equal(nearestRank([1, 2, 3], 50), 2);
    assert.equal(nearestRank([1, 2, 3, 4], 50), 2);
  });

  test('first responses and what was resolved make the metrics; no ratings yet', () => {
    let day = EMPTY_DAY;
    for (const ms of [9_000, 1_000, 5_000.4, -3]) day = addFirstResponse(day, ms, 0.5);
    day = addHandled(addHandled(addHandled(day, 'shipping'), 'shipping'), 'complaint');
    assert.deepEqual(inboxMetrics('2026-11-22', day, 4), {
      day: '2026-11-22',
      firstResponseMs: { p50: 1_000, p90: 9_000, count: 4 },
      waiting: 4,
      handledByCategory: { product: 0, shipping: 2, returns: 0, complaint: 1, other: 0 },
      satisfaction: null,
    });
    assert.deepEqual(day.firstResponses, [9_000, 1_000, 5_000, 0], 'whole ms, never negative');
    assert.equal(inboxMetrics('2026-11-22', EMPTY_DAY, 0).firstResponseMs, null);
    assert.deepEqual(EMPTY_DAY.handled, { product: 0, shipping: 0, returns: 0, complaint: 0, other: 0 }, 'left unchanged');
  });

  test(`past ${MAX_FIRST_RESPONSES_PER_DAY} first responses the sample stays that size and the count goes on`, () => {
    const full = Array.from({ length: MAX_FIRST_RESPONSES_PER_DAY }, () => 1);
    let day: DayRecord = { ...EMPTY_DAY, firstResponses: full, firstResponseCount: MAX_FIRST_RESPONSES_PER_DAY };
    day = addFirstResponse(day, 500, 0); // slot 0 of count + 1: replaces the first kept one
    assert.equal(day.firstResponses.length, MAX_FIRST_RESPONSES_PER_DAY);
    assert.equal(day.firstResponses[0], 500);
    day = addFirstResponse(day, 700, 0.999_999); // a slot past the sample: not kept
    assert.equal(day.firstResponses.includes(700), false);
    assert.equal(day.firstResponseCount, MAX_FIRST_RESPONSES_PER_DAY + 2);
    assert.equal(inboxMetrics('2026-11-22', day, 0).firstResponseMs?.count, MAX_FIRST_RESPONSES_PER_DAY + 2);
  });
});

describe('acceptNote', () => {
  const note = (body: string) => ({ type: 'note/add', id: 'note-0001', body }) as const;
  const ana = { id: 'agent-ana', name: 'Ana' };

  test('a trimmed body, written by the verified agent at server time', () => {
    assert.deepEqual(acceptNote(note('  call back at 3  '), ana, 42), {
      ok: true,
      note: { id: 'note-0001', body: 'call back at 3', agentId: 'agent-ana', name: 'Ana', sentAt: 42 },
    });
  });

  test('validated like a message', () => {
    assert.deepEqual(acceptNote(note(' \n '), ana, 0), { ok: false, code: 'body-empty' });
    assert.deepEqual(acceptNote(note('x'.repeat(MAX_BODY_LENGTH + 1)), ana, 0), { ok: false, code: 'body-too-long' });
    assert.equal(acceptNote(note('x'.repeat(MAX_BODY_LENGTH)), ana, 0).ok, true);
  });
});

describe('inbox requests and answers of the console', () => {
  test('conversation/resolved carries what the resolved list shows', () => {
    const resolved = { type: 'conversation/resolved', conversationId: 'conv-0001', category: 'shipping', resolvedBy: 'Ana', priority: 'high', language: 'de', summary: null };
    assert.deepEqual(parseInboxRequest(resolved), resolved);
    for (const [key, value] of [['category', 'billing'], ['priority', 'urgent'], ['language', 'not a tag'], ['resolvedBy', 7], ['summary', {}]] as const) {
      assert.equal(parseInboxRequest({ ...resolved, [key]: value }), null, key);
    }
  });

  test('agents/fetch is answered with a list of presences', () => {
    const ana = { agentId: 'agent-ana', name: 'Ana', status: 'away', activeConversations: 2 };
    assert.deepEqual(parseInboxRequest({ type: 'agents/fetch' }), { type: 'agents/fetch' });
    assert.deepEqual(parseAgentPresenceList([ana]), [ana]);
    assert.deepEqual(parseAgentPresenceList([]), []);
    assert.equal(parseAgentPresenceList([{ ...ana, status: 'offline' }]), null);
    assert.equal(parseAgentPresenceList({ agents: [ana] }), null);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillCannedReply, targetProgress, transferTargets, viewItems } from '../../src/logic/agent-console.ts';
import type { CannedReply, QueueItem, ResolvedItem } from '../../src/protocol/inbox.ts';

const item = (id: string, priority: QueueItem['priority'], waitingSince: number, assignee: QueueItem['assignee'] = null): QueueItem => ({
  conversationId: `conversation-${id}`,
  priority,
  waitingSince,
  language: 'en',
  hasEmail: false,
  summary: null,
  assignee,
});
const resolved: ResolvedItem = { conversationId: 'conversation-r', priority: 'low', language: 'de', summary: null, resolvedAt: 5, resolvedBy: 'Ana' };

test('views: unassigned is the queue, mine is what I hold, all open is both by priority then wait, resolved the resolved', () => {
  const queue = [item('q1', 'medium', 10)];
  const held = [item('h1', 'low', 1, { id: 'agent-me', name: 'Me' }), item('h2', 'high', 20, { id: 'agent-other', name: 'Bo' })];
  const lists = { queue, held, resolved: [resolved] };
  assert.deepEqual(viewItems('unassigned', lists, 'agent-me'), queue);
  assert.deepEqual(viewItems('mine', lists, 'agent-me').map((i) => i.conversationId), ['conversation-h1']);
  assert.deepEqual(viewItems('open', lists, 'agent-me').map((i) => i.conversationId), ['conversation-h2', 'conversation-q1', 'conversation-h1']);
  assert.deepEqual(viewItems('resolved', lists, 'agent-me'), [resolved]);
});

test('the timer runs against the target of the conversation’s priority', () => {
  const targets = { high: 60, medium: 240, low: 1440 };
  assert.deepEqual(targetProgress(0, 'high', targets, 59 * 60_000), { elapsedMs: 59 * 60_000, targetMs: 3_600_000, overdue: false });
  assert.equal(targetProgress(0, 'high', targets, 61 * 60_000).overdue, true);
  assert.equal(targetProgress(0, 'medium', targets, 61 * 60_000).overdue, false);
});

test('a canned reply comes in the shopper’s language (or the nearest), as paragraphs, with the name and a concrete time in their zone', () => {
  const reply: CannedReply = {
    id: 'de-escalate',
    title: 'De-escalate',
    parts: {
      en: ['I am sorry.', '{agent} is on it.', 'You will hear from us by {time}.'],
      ar: ['نعتذر.', '{agent} يتابع الأمر.', 'سنرد عليك قبل {time}.'],
    },
  };
  const now = Date.UTC(2026, 10, 22, 10, 7); // 13:07 in Riyadh
  const filled = fillCannedReply(reply, { language: 'en-GB', siteLanguages: ['en'], agentName: 'Alice', timeZone: 'Asia/Riyadh', followUpMinutes: 60, now });
  assert.equal(filled?.language, 'en');
  // Now plus 60 minutes is 14:07 in Riyadh, rounded up to the quarter hour: 14:15 there (11:15 UTC).
  const promised = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Riyadh' }).format(Date.UTC(2026, 10, 22, 11, 15));
  assert.equal(filled?.text, `I am sorry.\n\nAlice is on it.\n\nYou will hear from us by ${promised}.`);
  const arabic = fillCannedReply(reply, { language: 'ar-EG', siteLanguages: ['en'], agentName: 'Alice', timeZone: null, followUpMinutes: 60, now });
  assert.equal(arabic?.language, 'ar');
  assert.ok(arabic?.text.startsWith('نعتذر.\n\nAlice'));
  assert.equal(fillCannedReply(reply, { language: 'ja', siteLanguages: ['en'], agentName: 'A', timeZone: null, followUpMinutes: 1, now })?.language, 'en');
});

test('a canned reply’s language falls back: exact, another variant, the site default, anything', () => {
  const reply = (languages: string[]): CannedReply => ({ id: 'x', title: 'X', parts: Object.fromEntries(languages.map((l) => [l, [l]])) });
  const languageOf = (languages: string[], wanted: string, siteDefault: string) =>
    fillCannedReply(reply(languages), { language: wanted, siteLanguages: [siteDefault], agentName: 'A', timeZone: null, followUpMinutes: 1, now: 0 })?.language;
  assert.equal(languageOf(['en', 'pt-BR'], 'pt-PT', 'en'), 'pt-BR');
  assert.equal(languageOf(['de', 'fr'], 'ja', 'fr'), 'fr');
  assert.equal(languageOf(['de'], 'ja', 'en'), 'de');
  assert.equal(languageOf([], 'ja', 'en'), undefined);
});

test('a conversation can be transferred to anyone signed in but its holder', () => {
  const agents = [
    { agentId: 'a', name: 'A', status: 'online' as const, activeConversations: 1 },
    { agentId: 'b', name: 'B', status: 'away' as const, activeConversations: 0 },
  ];
  assert.deepEqual(transferTargets(agents, 'a').map((a) => a.agentId), ['b']);
  assert.equal(transferTargets(agents, null).length, 2);
});

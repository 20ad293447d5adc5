import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KnowledgeEntry } from '../../src/config/site-config.ts';
import {
  NEW_BOT_MEMORY,
  afterOrderNotFound,
  decideBotTurn,
  handoffReasonOf,
  mergeTriage,
  summarize,
  type BotTurnInput,
} from '../../src/logic/bot.ts';
import { findOrderReference } from '../../src/logic/order-reference.ts';
import type { Triage } from '../../src/logic/triage.ts';
import { MAX_BOT_FAILURES, MAX_SUMMARY_LINE_LENGTH } from '../../src/protocol/limits.ts';

const CALM: Triage = { category: 'other', priority: 'low', sentiment: 'neutral', wantsHuman: false };
const KB: KnowledgeEntry[] = [
  { id: 'returns', questions: { en: ['How do I return it?'], de: ['Wie schicke ich es zurück?'] }, answers: { en: 'Within 30 days.', de: 'Innerhalb von 30 Tagen.' } },
  { id: 'shipping', questions: { en: ['How much is shipping?'] }, answers: { en: 'Free above 50 EUR.' } },
];

const turn = (overrides: Partial<BotTurnInput>): BotTurnInput => ({
  text: 'hello',
  triage: CALM,
  match: { kind: 'none' },
  knowledgeBase: KB,
  language: 'en',
  siteLanguages: ['en', 'de'],
  canLookUpOrders: true,
  memory: NEW_BOT_MEMORY,
  ...overrides,
});

test('urgent messages go to a person whatever the knowledge base could say', () => {
  assert.equal(handoffReasonOf({ ...CALM, wantsHuman: true }), 'asked');
  assert.equal(handoffReasonOf({ ...CALM, category: 'product', priority: 'high' }), 'priority');
  assert.equal(handoffReasonOf({ ...CALM, category: 'complaint', priority: 'medium', sentiment: 'negative' }), 'sentiment');
  // A late parcel is negative but the bot can look it up: not a handoff by itself.
  assert.equal(handoffReasonOf({ ...CALM, category: 'shipping', priority: 'medium', sentiment: 'negative' }), null);
  const decision = decideBotTurn(turn({ triage: { ...CALM, priority: 'high', category: 'returns' }, match: { kind: 'answer', entryId: 'returns', score: 1 } }));
  assert.deepEqual([decision.action, decision.action === 'hand-off' && decision.reason], ['hand-off', 'priority']);
});

test('a confident match is answered in the shopper language, with a fallback to the base language and then the site default', () => {
  const german = decideBotTurn(turn({ language: 'de-AT', match: { kind: 'answer', entryId: 'returns', score: 1 } }));
  assert.equal(german.action, 'reply');
  assert.deepEqual(german.action === 'reply' && german.reply, { kind: 'answer', entryId: 'returns', language: 'de', text: 'Innerhalb von 30 Tagen.' });
  assert.deepEqual(german.memory.tried, ['returns']);
  const french = decideBotTurn(turn({ language: 'fr', match: { kind: 'answer', entryId: 'shipping', score: 1 } }));
  assert.equal(french.action === 'reply' && french.reply.kind === 'answer' && french.reply.language, 'en');
});

test('not sure: one question back with suggestions; the second miss hands off', () => {
  const first = decideBotTurn(turn({ match: { kind: 'unsure', entryIds: ['returns', 'shipping'] } }));
  assert.deepEqual(first.action === 'reply' && first.reply, { kind: 'clarify', suggestions: ['How do I return it?', 'How much is shipping?'] });
  const german = decideBotTurn(turn({ language: 'de', match: { kind: 'unsure', entryIds: ['returns'] } }));
  assert.deepEqual(german.action === 'reply' && german.reply, { kind: 'clarify', suggestions: ['Wie schicke ich es zurück?'] });
  assert.equal(first.memory.failures, 1);
  const second = decideBotTurn(turn({ memory: first.memory }));
  assert.equal(MAX_BOT_FAILURES, 2);
  assert.deepEqual([second.action, second.action === 'hand-off' && second.reason], ['hand-off', 'bot-failed']);
});

test('order lookup: asks for what is missing, remembers what it has, looks up once it has both', () => {
  const ask = decideBotTurn(turn({ text: 'where is my parcel?', triage: { ...CALM, category: 'shipping', priority: 'medium' } }));
  assert.deepEqual(ask.action === 'reply' && ask.reply, { kind: 'ask-order', missing: 'both' });
  const number = decideBotTurn(turn({ text: 'it is #A-20931', memory: ask.memory }));
  assert.deepEqual(number.action === 'reply' && number.reply, { kind: 'ask-order', missing: 'email' });
  const lookup = decideBotTurn(turn({ text: 'Anna@Example.com', memory: number.memory }));
  assert.deepEqual(lookup.action === 'look-up-order' && [lookup.orderNumber, lookup.email], ['A-20931', 'Anna@example.com']);
  assert.equal(lookup.memory.order, null);
  // Without an endpoint, the same question is one the bot cannot answer.
  const none = decideBotTurn(turn({ text: 'where is my parcel?', canLookUpOrders: false, triage: { ...CALM, category: 'shipping' } }));
  assert.equal(none.action === 'reply' && none.reply.kind, 'clarify');
  // Asked for the order, the shopper moves on to a question the knowledge base answers.
  const moved = decideBotTurn(turn({ text: 'how much is shipping?', memory: ask.memory, match: { kind: 'answer', entryId: 'shipping', score: 1 } }));
  assert.equal(moved.action === 'reply' && moved.reply.kind, 'answer');
  assert.equal(moved.memory.order, null);
  assert.equal(afterOrderNotFound(NEW_BOT_MEMORY).failures, 1);
});

test('order references in several scripts and forms', () => {
  assert.deepEqual(findOrderReference('Where is #NL-10042? anna@example.com'), { orderNumber: 'NL-10042', email: 'anna@example.com' });
  assert.deepEqual(findOrderReference('注文番号は１２３４５です、メールはtaro@example.jp'), { orderNumber: '12345', email: 'taro@example.jp' });
  assert.deepEqual(findOrderReference('طلبي رقم ١٠٠٢٣٤'), { orderNumber: '100234', email: null });
  assert.deepEqual(findOrderReference('I ordered on 2026-11-02, item 3'), { orderNumber: null, email: null });
});

test('the conversation keeps its most urgent priority and its topic; the summary is short', () => {
  const merged = mergeTriage({ category: 'product', priority: 'high', sentiment: 'negative', wantsHuman: false }, { ...CALM, sentiment: 'positive' });
  assert.deepEqual(merged, { category: 'product', priority: 'high', sentiment: 'positive', wantsHuman: false });
  const summary = summarize({
    reason: 'asked',
    triage: CALM,
    memory: { ...NEW_BOT_MEMORY, tried: ['returns', 'order-lookup'] },
    language: 'ar',
    timeZone: 'Asia/Riyadh',
    orderNumber: 'NL-1',
    firstMessage: `${'x'.repeat(300)}\nsecond line`,
    at: 1,
  });
  assert.equal(summary.priority, 'medium', 'asking for a person is never low');
  assert.equal(summary.firstLine.length, MAX_SUMMARY_LINE_LENGTH);
  assert.deepEqual(summary.botTried, ['returns', 'order-lookup']);
});

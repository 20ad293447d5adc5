/**
 * The bot's turn, as a pure decision: given a shopper's message (already triaged and matched against the
 * knowledge base) and what the bot remembers, say something, look an order up, or hand off to a person.
 * The room carries the decision out; nothing here does I/O.
 */
import type { KnowledgeEntry } from '../config/site-config.js';
import type { BotReply, HandoffReason, HandoffSummary } from '../protocol/handoff.js';
import { MAX_BOT_FAILURES, MAX_SUMMARY_LINE_LENGTH } from '../protocol/limits.js';
import { PRIORITIES } from '../protocol/wait.js';
import { answerFor, inLanguage, type KnowledgeMatch } from './knowledge-base.js';
import { findOrderReference } from './order-reference.js';
import type { Triage } from './triage.js';

/** Kept by the room between turns. */
export interface BotMemory {
  /** Answers the bot could not give; at `MAX_BOT_FAILURES` a person takes over. */
  readonly failures: number;
  /** Knowledge-base entry ids answered and `order-lookup`, in order: the summary's "what the bot tried". */
  readonly tried: readonly string[];
  /** Set while the bot waits for an order number and e-mail address; what it already has. */
  readonly order: { readonly orderNumber: string | null; readonly email: string | null } | null;
}

export const NEW_BOT_MEMORY: BotMemory = { failures: 0, tried: [], order: null };

export interface BotTurnInput {
  readonly text: string;
  readonly triage: Triage;
  readonly match: KnowledgeMatch;
  readonly knowledgeBase: readonly KnowledgeEntry[];
  /** The shopper's language, and the site's (the first is its default). */
  readonly language: string;
  readonly siteLanguages: readonly string[];
  /** The site has an order-lookup endpoint. */
  readonly canLookUpOrders: boolean;
  readonly memory: BotMemory;
}

export type BotDecision =
  | { readonly action: 'reply'; readonly reply: BotReply; readonly memory: BotMemory }
  | { readonly action: 'look-up-order'; readonly orderNumber: string; readonly email: string; readonly memory: BotMemory }
  | { readonly action: 'hand-off'; readonly reason: HandoffReason; readonly memory: BotMemory };

/** Why a message goes to a person at once, whatever the bot could answer; null when it need not. */
export function handoffReasonOf(triage: Triage): HandoffReason | null {
  if (triage.wantsHuman) return 'asked';
  if (triage.priority === 'high') return 'priority';
  if (triage.sentiment === 'negative' && triage.category === 'complaint') return 'sentiment';
  return null;
}

export function decideBotTurn(input: BotTurnInput): BotDecision {
  const { memory, triage, match } = input;
  const urgent = handoffReasonOf(triage);
  if (urgent) return { action: 'hand-off', reason: urgent, memory };

  // An order number or an e-mail address, or an answer to the bot's question for them: look the order up.
  const found = input.canLookUpOrders ? findOrderReference(input.text) : { orderNumber: null, email: null };
  if (memory.order || found.orderNumber) {
    const orderNumber = found.orderNumber ?? memory.order?.orderNumber ?? null;
    const email = found.email ?? memory.order?.email ?? null;
    if (orderNumber && email) return { action: 'look-up-order', orderNumber, email, memory: { ...memory, order: null } };
    // Neither, in answer to the question: the shopper moved on to something else.
    if (found.orderNumber || found.email) {
      const missing = orderNumber ? 'email' : 'order-number';
      return { action: 'reply', reply: { kind: 'ask-order', missing }, memory: { ...memory, order: { orderNumber, email } } };
    }
  }
  const rest = { ...memory, order: null };

  if (match.kind === 'answer') {
    const entry = input.knowledgeBase.find((e) => e.id === match.entryId);
    if (entry) {
      const { language, text } = answerFor(entry, input.language, input.siteLanguages);
      const reply: BotReply = { kind: 'answer', entryId: entry.id, language, text };
      return { action: 'reply', reply, memory: { ...rest, tried: [...rest.tried, entry.id] } };
    }
  }
  // "Where is my parcel?" with nothing in the knowledge base for it: ask for what the lookup needs.
  if (input.canLookUpOrders && triage.category === 'shipping') {
    return { action: 'reply', reply: { kind: 'ask-order', missing: 'both' }, memory: { ...rest, order: { orderNumber: null, email: null } } };
  }

  const failures = rest.failures + 1;
  if (failures >= MAX_BOT_FAILURES) return { action: 'hand-off', reason: 'bot-failed', memory: { ...rest, failures } };
  const suggestions = match.kind === 'unsure' ? suggestionsFor(match.entryIds, input) : [];
  return { action: 'reply', reply: { kind: 'clarify', suggestions }, memory: { ...rest, failures } };
}

/** After a lookup found no order: one failure more, and the bot waits for a corrected number. */
export function afterOrderNotFound(memory: BotMemory): BotMemory {
  return { ...memory, failures: memory.failures + 1, tried: [...memory.tried, 'order-lookup'], order: { orderNumber: null, email: null } };
}

/** The first question variant of each candidate, in the shopper's language where there is one. */
function suggestionsFor(ids: readonly string[], { knowledgeBase, language, siteLanguages }: BotTurnInput): string[] {
  return ids.flatMap((id) => {
    const questions = knowledgeBase.find((e) => e.id === id)?.questions;
    const first = questions && inLanguage(questions, language, siteLanguages)?.value[0];
    return first ? [first] : [];
  });
}

/**
 * The conversation's labels so far: the most urgent priority stays; a message that says what it is about
 * sets the category ("thanks" after a complaint does not make it "other"); sentiment and the request for a
 * person are the latest message's.
 */
export function mergeTriage(before: Triage | null, latest: Triage): Triage {
  if (!before) return latest;
  const priority = PRIORITIES.indexOf(before.priority) < PRIORITIES.indexOf(latest.priority) ? before.priority : latest.priority;
  const category = latest.category === 'other' ? before.category : latest.category;
  return { ...latest, priority, category };
}

export interface SummaryInput {
  readonly reason: HandoffReason;
  readonly triage: Triage;
  readonly memory: BotMemory;
  readonly language: string;
  readonly timeZone: string | null;
  readonly orderNumber: string | null;
  readonly firstMessage: string;
  readonly at: number;
}

/** What the person picking the conversation up reads first, so the shopper never repeats themselves. */
export function summarize({ reason, triage, memory, firstMessage, ...rest }: SummaryInput): HandoffSummary {
  const line = firstMessage.trim().split('\n')[0] ?? '';
  const firstLine = line.length > MAX_SUMMARY_LINE_LENGTH ? `${line.slice(0, MAX_SUMMARY_LINE_LENGTH - 1)}…` : line;
  // A request for a person counts as urgent: handed off because they asked, never lower than medium.
  const priority = reason === 'asked' && triage.priority === 'low' ? 'medium' : triage.priority;
  return { reason, category: triage.category, priority, sentiment: triage.sentiment, botTried: memory.tried, firstLine, ...rest };
}

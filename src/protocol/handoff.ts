/**
 * Bot to human: what the bot says (as facts the widget words, plus merchant-written answers), the order
 * card, where a conversation stands, and the summary a person gets at the handoff.
 */
import { isRecord, isText, oneOf } from './guards.js';
import { parseVerifiedShopper, type VerifiedShopper } from './identity.js';
import { MAX_CLARIFY_SUGGESTIONS } from './limits.js';
import { isPriority, type Priority } from './wait.js';

/** Who has the conversation: the bot, the queue (waiting for a person), a person, or nobody (resolved). */
export const PHASES = ['bot', 'queued', 'assigned', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

export const CATEGORIES = ['product', 'shipping', 'returns', 'complaint', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Why the conversation went to the queue. */
export const HANDOFF_REASONS = [
  'asked', // the shopper asked for a person (in words or with the button)
  'priority', // a high-priority message: damage, defect, safety, anger, a threat
  'sentiment', // a clearly negative message
  'bot-failed', // two answers the bot could not give
  'order-lookup-failed', // the merchant's order system did not answer
  'no-bot', // the site has nothing for the bot to answer from
] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

export const ORDER_STATUSES = ['processing', 'shipped', 'delivered', 'returned', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** An order as the merchant's endpoint described it, shown as a card. */
export interface OrderCard {
  readonly orderNumber: string;
  readonly status: OrderStatus;
  readonly carrier?: string;
  readonly trackingNumber?: string;
  /** Always `https:` (or `http:`): anything else is dropped when parsed. */
  readonly trackingUrl?: string;
  /** `YYYY-MM-DD`. */
  readonly estimatedDelivery?: string;
  readonly items?: readonly { readonly name: string; readonly quantity: number }[];
}

/** What the bot says. Everything but an answer's text is worded by the widget in the shopper's language. */
export type BotReply =
  /** From the merchant's knowledge base, in `language`. */
  | { readonly kind: 'answer'; readonly entryId: string; readonly language: string; readonly text: string }
  /** Not sure: one question back, with up to three questions from the knowledge base it may have meant. */
  | { readonly kind: 'clarify'; readonly suggestions: readonly string[] }
  /** Asks for the order number and the e-mail address used for the order; `missing` says which. */
  | { readonly kind: 'ask-order'; readonly missing: 'both' | 'order-number' | 'email' }
  | { readonly kind: 'order'; readonly order: OrderCard }
  /** No order with that number and e-mail address. */
  | { readonly kind: 'order-not-found'; readonly orderNumber: string }
  /** A person takes over now; `reason` lets the widget say why. */
  | { readonly kind: 'handoff'; readonly reason: HandoffReason };

/** Written at the handoff, for the person who picks the conversation up. Never sent to the shopper. */
export interface HandoffSummary {
  readonly reason: HandoffReason;
  readonly category: Category;
  readonly priority: Priority;
  readonly sentiment: Sentiment;
  readonly language: string;
  /** The shopper's IANA time zone, for their local time; null when the widget did not say. */
  readonly timeZone: string | null;
  readonly orderNumber: string | null;
  /** What the bot already tried: knowledge-base entry ids, `order-lookup`. */
  readonly botTried: readonly string[];
  /** The first line of the shopper's first message, shortened. */
  readonly firstLine: string;
  readonly at: number;
  /** Who the merchant's backend says the shopper is (an identity token); absent for anonymous shoppers. */
  readonly shopper?: VerifiedShopper;
}

const optionalText = (value: unknown, max = 200) => (isText(value, max) && value !== '' ? value : undefined);

export const isPhase = oneOf(PHASES);
export const isCategory = oneOf(CATEGORIES);
export const isSentiment = oneOf(SENTIMENTS);
export const isHandoffReason = oneOf(HANDOFF_REASONS);
const isOrderStatus = oneOf(ORDER_STATUSES);

/** Also reads the merchant endpoint's answer: unknown fields are dropped, bad optional ones left out. */
export function parseOrderCard(value: unknown): OrderCard | null {
  if (!isRecord(value) || !isText(value.orderNumber, 64) || value.orderNumber === '' || !isOrderStatus(value.status)) return null;
  const url = optionalText(value.trackingUrl, 500);
  const date = optionalText(value.estimatedDelivery, 10);
  const items = Array.isArray(value.items)
    ? value.items
        .filter((item): item is { name: string; quantity: number } => isRecord(item) && isText(item.name, 200) && Number.isSafeInteger(item.quantity) && Number(item.quantity) > 0)
        .slice(0, 20)
        .map(({ name, quantity }) => ({ name, quantity }))
    : [];
  const fields = {
    carrier: optionalText(value.carrier),
    trackingNumber: optionalText(value.trackingNumber),
    trackingUrl: url && /^https?:\/\//.test(url) ? url : undefined,
    estimatedDelivery: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
  };
  return {
    orderNumber: value.orderNumber,
    status: value.status,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    ...(items.length > 0 ? { items } : {}),
  };
}

export function parseBotReply(value: unknown): BotReply | null {
  if (!isRecord(value)) return null;
  switch (value.kind) {
    case 'answer':
      return isText(value.entryId, 64) && isText(value.language, 35) && isText(value.text, 10_000)
        ? { kind: 'answer', entryId: value.entryId, language: value.language, text: value.text }
        : null;
    case 'clarify':
      return Array.isArray(value.suggestions) && value.suggestions.every((s) => isText(s, 500))
        ? { kind: 'clarify', suggestions: value.suggestions.slice(0, MAX_CLARIFY_SUGGESTIONS) as string[] }
        : null;
    case 'ask-order':
      return value.missing === 'both' || value.missing === 'order-number' || value.missing === 'email'
        ? { kind: 'ask-order', missing: value.missing }
        : null;
    case 'order': {
      const order = parseOrderCard(value.order);
      return order ? { kind: 'order', order } : null;
    }
    case 'order-not-found':
      return isText(value.orderNumber, 64) ? { kind: 'order-not-found', orderNumber: value.orderNumber } : null;
    case 'handoff':
      return isHandoffReason(value.reason) ? { kind: 'handoff', reason: value.reason } : null;
    default:
      return null;
  }
}

export function parseHandoffSummary(value: unknown): HandoffSummary | null {
  if (!isRecord(value)) return null;
  const { reason, category, priority, sentiment, language, timeZone, orderNumber, botTried, firstLine, at } = value;
  const shopper = value.shopper === undefined ? undefined : parseVerifiedShopper(value.shopper);
  if (shopper === null) return null;
  if (!isHandoffReason(reason) || !isCategory(category) || !isPriority(priority) || !isSentiment(sentiment)) return null;
  if (!isText(language, 35) || !(timeZone === null || isText(timeZone, 64)) || !(orderNumber === null || isText(orderNumber, 64))) return null;
  if (!Array.isArray(botTried) || !botTried.every((t) => isText(t, 64)) || !isText(firstLine, 500)) return null;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  const summary: HandoffSummary = { reason, category, priority, sentiment, language, timeZone, orderNumber, botTried: botTried as string[], firstLine, at };
  return shopper ? { ...summary, shopper } : summary;
}

/**
 * The inbox party (one room per site): what conversation rooms tell it, what it tells them back, and what
 * agents connected to it send and receive. Rooms reach each other only through PartyKit's internal
 * `context.parties`, never from outside (the public gate answers 404 to HTTP).
 */
import { isCount, isLanguageTag, isRecord, isText, isTime, parseJsonRecord } from './guards.js';
import { CATEGORIES, isCategory, parseHandoffSummary, type Category, type HandoffSummary } from './handoff.js';
import { MAX_BODY_LENGTH, MAX_CANNED_REPLY_TITLE_LENGTH } from './limits.js';
import { isMessageId } from './messages.js';
import { isPriority, parseAvailability, parseWaitEstimate, type Availability, type Priority, type WaitEstimate } from './wait.js';

/** Conversation room → inbox (HTTP POST from `context.parties.inbox.get(siteKey)`). */
export type InboxRequest =
  /** Handed to the team and no person has it yet: queue it (or update it) and say how long. */
  | {
      readonly type: 'conversation/waiting';
      readonly conversationId: string;
      readonly priority: Priority;
      readonly waitingSince: number;
      readonly language: string;
      /** Null when the site has no bot (nothing to summarise beyond the message itself). */
      readonly summary: HandoffSummary | null;
    }
  /** A person took it (claimed, was handed it, or reopened it): out of the queue, onto their load. */
  | {
      readonly type: 'conversation/assigned';
      readonly conversationId: string;
      readonly agentId: string;
      readonly agentName: string;
      readonly priority: Priority;
      readonly language: string;
      /** Carried so a conversation that never queued (reopened, taken from the bot) still lists fully. */
      readonly summary: HandoffSummary | null;
    }
  /** The person's first answer since it was queued, at `at`: recorded as a first-response time. */
  | { readonly type: 'conversation/answered'; readonly conversationId: string; readonly at: number }
  /** Back to the bot: no longer the team's. */
  | { readonly type: 'conversation/released'; readonly conversationId: string }
  /**
   * Resolved by `resolvedBy`: counted as handled today under `category`, and listed as resolved (with what
   * it is about, for one that never queued: resolved while the bot had it).
   */
  | {
      readonly type: 'conversation/resolved';
      readonly conversationId: string;
      readonly category: Category;
      readonly resolvedBy: string;
      readonly priority: Priority;
      readonly language: string;
      readonly summary: HandoffSummary | null;
    }
  /** What is the wait now? */
  | { readonly type: 'conversation/refresh'; readonly conversationId: string }
  /** The shopper left an e-mail address. */
  | { readonly type: 'conversation/contact-left'; readonly conversationId: string }
  /** The team's availability, for a shopper with no conversation yet; answered with an `Availability`. */
  | { readonly type: 'availability/fetch' }
  /** Who is signed in now (to check a transfer's target); answered with `AgentPresence[]`. */
  | { readonly type: 'agents/fetch' };

/** The inbox's answer to a conversation room, and what it pushes to waiting rooms when things change. */
export interface WaitSnapshot {
  /** Null when the conversation is not waiting (answered, or unknown to the inbox). */
  readonly estimate: WaitEstimate | null;
  readonly availability: Availability;
}

export type AgentStatus = 'online' | 'away';

/** Agent → inbox over its WebSocket. */
export type AgentCommand = { readonly type: 'presence/set'; readonly status: AgentStatus };

/** One open conversation as agents see it: waiting in the queue (`assignee` null) or held by a person. */
export interface QueueItem {
  readonly conversationId: string;
  readonly priority: Priority;
  readonly waitingSince: number;
  readonly language: string;
  readonly hasEmail: boolean;
  readonly summary: HandoffSummary | null;
  readonly assignee: { readonly id: string; readonly name: string } | null;
}

/** A conversation resolved recently (the "Resolved" view lists the last `MAX_RESOLVED_LISTED`). */
export interface ResolvedItem {
  readonly conversationId: string;
  readonly priority: Priority;
  readonly language: string;
  readonly summary: HandoffSummary | null;
  readonly resolvedAt: number;
  readonly resolvedBy: string;
}

/** A signed-in agent (several tabs count once; online wins over away) and how many conversations they hold. */
export interface AgentPresence {
  readonly agentId: string;
  readonly name: string;
  readonly status: AgentStatus;
  readonly activeConversations: number;
}

/** Today's numbers, "today" being the site's calendar day in its time zone. */
export interface InboxMetrics {
  /** `YYYY-MM-DD` in the site's time zone. */
  readonly day: string;
  /** Wall-clock time from joining the queue to a person's first answer, of today's first answers; null without any. */
  readonly firstResponseMs: { readonly p50: number; readonly p90: number; readonly count: number } | null;
  /** Conversations in the queue now. */
  readonly waiting: number;
  /** Conversations resolved today, per category. */
  readonly handledByCategory: Readonly<Record<Category, number>>;
  /** Shoppers' ratings of today's conversations; null until ratings exist. */
  readonly satisfaction: { readonly positive: number; readonly total: number } | null;
}

/**
 * A reply agents insert into their composer to edit before sending (`cannedReplies` in the site
 * configuration). `parts` per shopper language become paragraphs; `{agent}` is replaced by the agent's
 * name and `{time}` by a concrete time (now plus the site's target for the conversation's priority) in the
 * shopper's time zone and language.
 */
export interface CannedReply {
  /** Stable name, lower-case words joined by hyphens (`de-escalate`). */
  readonly id: string;
  /** What the agent picks it by. */
  readonly title: string;
  readonly parts: Readonly<Record<string, readonly string[]>>;
}

/** What the console replaces in a canned reply's parts (see `CannedReply`). */
export const CANNED_REPLY_PLACEHOLDERS = ['{agent}', '{time}'] as const;

/** What an agent's console needs from the site, sent once as it connects. */
export interface ConsoleSetup {
  readonly agent: { readonly id: string; readonly name: string; readonly expiresAt: number };
  readonly site: {
    readonly name: string;
    readonly timeZone: string;
    readonly languages: readonly string[];
    readonly targetMinutes: Readonly<Record<Priority, number>>;
  };
  readonly cannedReplies: readonly CannedReply[];
}

/** Inbox → agents. */
export type AgentEvent =
  /** To one agent as it connects. */
  | ({ readonly type: 'inbox/welcome' } & ConsoleSetup)
  /** To every agent on every change: the queue in order, what people hold, the recently resolved, who is on. */
  | {
      readonly type: 'queue/updated';
      readonly queue: readonly QueueItem[];
      readonly held: readonly QueueItem[];
      readonly resolved: readonly ResolvedItem[];
      readonly agents: readonly AgentPresence[];
      readonly metrics: InboxMetrics;
      readonly availability: Availability;
    }
  | { readonly type: 'error'; readonly code: 'unknown-type' };

export function parseInboxRequest(data: unknown): InboxRequest | null {
  if (!isRecord(data)) return null;
  if (data.type === 'availability/fetch' || data.type === 'agents/fetch') return { type: data.type };
  if (!isMessageId(data.conversationId)) return null;
  const { conversationId } = data;
  switch (data.type) {
    case 'conversation/waiting': {
      const summary = data.summary === null ? null : parseHandoffSummary(data.summary);
      if (!isPriority(data.priority) || !isTime(data.waitingSince) || !isLanguageTag(data.language)) return null;
      if (data.summary !== null && summary === null) return null;
      const { priority, waitingSince, language } = data;
      return { type: data.type, conversationId, priority, waitingSince, language, summary };
    }
    case 'conversation/assigned': {
      const { agentId, agentName, priority, language } = data;
      const summary = data.summary === null ? null : parseHandoffSummary(data.summary);
      if (typeof agentId !== 'string' || typeof agentName !== 'string' || !isPriority(priority) || !isLanguageTag(language)) return null;
      return data.summary !== null && summary === null ? null : { type: data.type, conversationId, agentId, agentName, priority, language, summary };
    }
    case 'conversation/resolved': {
      const { category, resolvedBy, priority, language } = data;
      const summary = summaryOf(data.summary);
      if (!isCategory(category) || typeof resolvedBy !== 'string' || !isPriority(priority) || !isLanguageTag(language)) return null;
      return data.summary !== null && summary === null ? null : { type: data.type, conversationId, category, resolvedBy, priority, language, summary };
    }
    case 'conversation/answered':
      return isTime(data.at) ? { type: data.type, conversationId, at: data.at } : null;
    case 'conversation/refresh':
    case 'conversation/contact-left':
    case 'conversation/released':
      return { type: data.type, conversationId };
    default:
      return null;
  }
}

export function parseWaitSnapshot(data: unknown): WaitSnapshot | null {
  if (!isRecord(data)) return null;
  const availability = parseAvailability(data.availability);
  const estimate = data.estimate === null ? null : parseWaitEstimate(data.estimate);
  return availability && (data.estimate === null || estimate) ? { estimate, availability } : null;
}

export function parseAgentCommand(raw: unknown): AgentCommand | null {
  const data = parseJsonRecord(raw);
  return data?.type === 'presence/set' && (data.status === 'online' || data.status === 'away') ? { type: 'presence/set', status: data.status } : null;
}

// The console's side: everything the inbox sends is checked before it reaches a store.

const summaryOf = (value: unknown) => (value === null ? null : parseHandoffSummary(value));

function parseQueueItem(value: unknown): QueueItem | null {
  if (!isRecord(value)) return null;
  const { conversationId, priority, waitingSince, language, hasEmail, assignee } = value;
  const summary = summaryOf(value.summary);
  if (!isMessageId(conversationId) || !isPriority(priority) || !isTime(waitingSince) || !isLanguageTag(language)) return null;
  if (typeof hasEmail !== 'boolean' || (value.summary !== null && summary === null)) return null;
  if (assignee !== null && !(isRecord(assignee) && isText(assignee.id, 64) && isText(assignee.name, 100))) return null;
  return { conversationId, priority, waitingSince, language, hasEmail, summary, assignee: assignee && { id: assignee.id as string, name: assignee.name as string } };
}

function parseResolvedItem(value: unknown): ResolvedItem | null {
  if (!isRecord(value)) return null;
  const { conversationId, priority, language, resolvedAt, resolvedBy } = value;
  const summary = summaryOf(value.summary);
  if (!isMessageId(conversationId) || !isPriority(priority) || !isLanguageTag(language) || !isTime(resolvedAt) || !isText(resolvedBy, 100)) return null;
  return value.summary !== null && summary === null ? null : { conversationId, priority, language, summary, resolvedAt, resolvedBy };
}

function parseAgentPresence(value: unknown): AgentPresence | null {
  if (!isRecord(value)) return null;
  const { agentId, name, status, activeConversations } = value;
  return isText(agentId, 64) && isText(name, 100) && (status === 'online' || status === 'away') && isCount(activeConversations)
    ? { agentId, name, status, activeConversations }
    : null;
}

/** The inbox's answer to `agents/fetch`. */
export const parseAgentPresenceList = (data: unknown): AgentPresence[] | null => parseList(data, parseAgentPresence);

function parseMetrics(value: unknown): InboxMetrics | null {
  if (!isRecord(value) || !isText(value.day, 10) || !isCount(value.waiting) || !isRecord(value.handledByCategory)) return null;
  const { day, waiting, firstResponseMs: frt, satisfaction: rated } = value;
  const handled = value.handledByCategory;
  if (!CATEGORIES.every((c) => isCount(handled[c]))) return null;
  const firstResponseMs = frt === null ? null : isRecord(frt) && isTime(frt.p50) && isTime(frt.p90) && isCount(frt.count) ? { p50: frt.p50, p90: frt.p90, count: frt.count } : undefined;
  const satisfaction = rated === null ? null : isRecord(rated) && isCount(rated.positive) && isCount(rated.total) ? { positive: rated.positive, total: rated.total } : undefined;
  if (firstResponseMs === undefined || satisfaction === undefined) return null;
  const handledByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, handled[c] as number])) as Record<Category, number>;
  return { day, firstResponseMs, waiting, handledByCategory, satisfaction };
}

function parseCannedReply(value: unknown): CannedReply | null {
  if (!isRecord(value) || !isText(value.id, 64) || !isText(value.title, MAX_CANNED_REPLY_TITLE_LENGTH) || !isRecord(value.parts)) return null;
  const parts: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(value.parts)) {
    if (!Array.isArray(list) || !list.every((part) => isText(part, MAX_BODY_LENGTH))) return null;
    parts[language] = list as string[];
  }
  return { id: value.id, title: value.title, parts };
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(parse);
  return items.every((item) => item !== null) ? (items as T[]) : null;
}

function parseSetup(data: Record<string, unknown>): ConsoleSetup | null {
  const { agent, site } = data;
  const cannedReplies = parseList(data.cannedReplies, parseCannedReply);
  if (!isRecord(agent) || !isText(agent.id, 64) || !isText(agent.name, 100) || !isTime(agent.expiresAt) || !cannedReplies) return null;
  if (!isRecord(site) || !isText(site.name, 200) || !isText(site.timeZone, 64) || !Array.isArray(site.languages) || !isRecord(site.targetMinutes)) return null;
  const targets = site.targetMinutes;
  if (!site.languages.every(isLanguageTag) || !isTime(targets.high) || !isTime(targets.medium) || !isTime(targets.low)) return null;
  return {
    agent: { id: agent.id, name: agent.name, expiresAt: agent.expiresAt },
    site: { name: site.name, timeZone: site.timeZone, languages: site.languages, targetMinutes: { high: targets.high, medium: targets.medium, low: targets.low } },
    cannedReplies,
  };
}

/** A frame from the inbox, or null for anything the console does not understand. */
export function parseAgentEvent(raw: unknown): AgentEvent | null {
  const data = parseJsonRecord(raw);
  if (!data) return null;
  switch (data.type) {
    case 'inbox/welcome': {
      const setup = parseSetup(data);
      return setup && { type: 'inbox/welcome', ...setup };
    }
    case 'queue/updated': {
      const queue = parseList(data.queue, parseQueueItem);
      const held = parseList(data.held, parseQueueItem);
      const resolved = parseList(data.resolved, parseResolvedItem);
      const agents = parseList(data.agents, parseAgentPresence);
      const metrics = parseMetrics(data.metrics);
      const availability = parseAvailability(data.availability);
      if (!queue || !held || !resolved || !agents || !metrics || !availability) return null;
      return { type: 'queue/updated', queue, held, resolved, agents, metrics, availability };
    }
    case 'error':
      return data.code === 'unknown-type' ? { type: 'error', code: data.code } : null;
    default:
      return null;
  }
}

/**
 * HTTP: `POST {AGENT_SESSIONS_PATH}?v=1` with `{"siteKey": "…", "token": "…"}` checks an agent token
 * before the console connects anything: 200 with an `AgentSession`, or 401 `{"code": "unauthorized"}` for a
 * token that is forged, expired or for another site. (Sockets check the token again: this is for the
 * sign-in screen, to say what is wrong.)
 */
export const AGENT_SESSIONS_PATH = '/api/agent-sessions';

export interface AgentSession {
  readonly agentId: string;
  readonly name: string;
  /** Epoch ms when the token stops working. */
  readonly expiresAt: number;
}

export function parseAgentSession(data: unknown): AgentSession | null {
  return isRecord(data) && isText(data.agentId, 64) && isText(data.name, 100) && isTime(data.expiresAt)
    ? { agentId: data.agentId, name: data.name, expiresAt: data.expiresAt }
    : null;
}

/**
 * The inbox party (one room per site): what conversation rooms tell it, what it tells them back, and what
 * agents connected to it send and receive. Rooms reach each other only through PartyKit's internal
 * `context.parties`, never from outside (the public gate answers 404 to HTTP).
 */
import { isLanguageTag, isRecord, isTime } from './guards.js';
import { parseHandoffSummary, type HandoffSummary } from './handoff.js';
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
  /** A person took it: out of the queue, onto their load. */
  | {
      readonly type: 'conversation/assigned';
      readonly conversationId: string;
      readonly agentId: string;
      readonly priority: Priority;
      readonly language: string;
    }
  /** The person's first answer since it was queued, at `at`: recorded as a first-response time. */
  | { readonly type: 'conversation/answered'; readonly conversationId: string; readonly at: number }
  /** Back to the bot, or resolved: no longer the team's. */
  | { readonly type: 'conversation/released' | 'conversation/resolved'; readonly conversationId: string }
  /** What is the wait now? */
  | { readonly type: 'conversation/refresh'; readonly conversationId: string }
  /** The shopper left an e-mail address. */
  | { readonly type: 'conversation/contact-left'; readonly conversationId: string }
  /** The team's availability, for a shopper with no conversation yet; answered with an `Availability`. */
  | { readonly type: 'availability/fetch' };

/** The inbox's answer to a conversation room, and what it pushes to waiting rooms when things change. */
export interface WaitSnapshot {
  /** Null when the conversation is not waiting (answered, or unknown to the inbox). */
  readonly estimate: WaitEstimate | null;
  readonly availability: Availability;
}

export type AgentStatus = 'online' | 'away';

/** Agent → inbox over its WebSocket. */
export type AgentCommand = { readonly type: 'presence/set'; readonly status: AgentStatus };

/** One waiting conversation as agents see it in the queue. */
export interface QueueItem {
  readonly conversationId: string;
  readonly priority: Priority;
  readonly waitingSince: number;
  readonly language: string;
  readonly hasEmail: boolean;
  readonly summary: HandoffSummary | null;
}

/** Inbox → agents: the queue in order, and who is online. */
export type AgentEvent = {
  readonly type: 'queue/updated';
  readonly queue: readonly QueueItem[];
  readonly availability: Availability;
};


export function parseInboxRequest(data: unknown): InboxRequest | null {
  if (!isRecord(data)) return null;
  if (data.type === 'availability/fetch') return { type: data.type };
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
    case 'conversation/assigned':
      return typeof data.agentId === 'string' && isPriority(data.priority) && isLanguageTag(data.language)
        ? { type: data.type, conversationId, agentId: data.agentId, priority: data.priority, language: data.language }
        : null;
    case 'conversation/answered':
      return isTime(data.at) ? { type: data.type, conversationId, at: data.at } : null;
    case 'conversation/refresh':
    case 'conversation/contact-left':
    case 'conversation/released':
    case 'conversation/resolved':
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
  if (typeof raw !== 'string') return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (isRecord(data) && data.type === 'presence/set' && (data.status === 'online' || data.status === 'away')) {
      return { type: 'presence/set', status: data.status };
    }
  } catch {
    // not JSON: refused below like any other unknown frame
  }
  return null;
}

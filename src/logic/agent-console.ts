import type { AgentPresence, CannedReply, QueueItem, ResolvedItem } from '../protocol/inbox.js';
import type { Priority } from '../protocol/wait.js';
import { formatClock } from '../i18n/format.js';
import { inLanguage } from './knowledge-base.js';
import { orderQueue } from './wait-estimate.js';

/** The agent console's lists: waiting for anyone, held by me, everything open, recently resolved. */
export const VIEWS = ['unassigned', 'mine', 'open', 'resolved'] as const;
export type View = (typeof VIEWS)[number];

export interface InboxLists {
  readonly queue: readonly QueueItem[];
  readonly held: readonly QueueItem[];
  readonly resolved: readonly ResolvedItem[];
}

/** The conversations a view lists, in the order agents work them: priority, then waiting time. */
export function viewItems(view: View, lists: InboxLists, agentId: string): readonly (QueueItem | ResolvedItem)[] {
  switch (view) {
    case 'unassigned':
      return lists.queue;
    case 'mine':
      return lists.held.filter((item) => item.assignee?.id === agentId);
    case 'open':
      return orderQueue([...lists.queue, ...lists.held]);
    case 'resolved':
      return lists.resolved;
  }
}

/** Where a waiting conversation stands against the site's first-response target for its priority. */
export function targetProgress(waitingSince: number, priority: Priority, targetMinutes: Readonly<Record<Priority, number>>, now: number) {
  const elapsedMs = Math.max(0, now - waitingSince);
  const targetMs = targetMinutes[priority] * 60_000;
  return { elapsedMs, targetMs, overdue: elapsedMs > targetMs };
}

/** Minutes a promised time is rounded up to, so it reads like a person wrote it ("by 15:30", not "15:17"). */
const PROMISE_ROUNDING_MINUTES = 15;

export interface CannedReplyContext {
  /** The conversation's (the shopper's) language. */
  readonly language: string;
  /** The site's languages, its default first (the fallback when the reply lacks the shopper's). */
  readonly siteLanguages: readonly string[];
  readonly agentName: string;
  /** The shopper's time zone, when the widget said it. */
  readonly timeZone: string | null;
  /** How soon the team promises to follow up: the site's target for the conversation's priority. */
  readonly followUpMinutes: number;
  readonly now: number;
}

/**
 * A canned reply ready to edit: its parts in the shopper's language (`inLanguage`, as for the bot's answers) as paragraphs, `{agent}` the agent's
 * name, `{time}` a concrete time (now plus the target, rounded up) in the shopper's time zone and words.
 */
export function fillCannedReply(reply: CannedReply, context: CannedReplyContext): { language: string; text: string } | null {
  const found = inLanguage(reply.parts, context.language, context.siteLanguages);
  if (!found) return null;
  const { language, value: parts } = found;
  const step = PROMISE_ROUNDING_MINUTES * 60_000;
  const promised = Math.ceil((context.now + context.followUpMinutes * 60_000) / step) * step;
  const time = formatClock(promised, context.now, language, context.timeZone ?? undefined);
  const text = parts.join('\n\n').replaceAll('{agent}', context.agentName).replaceAll('{time}', time);
  return { language, text };
}

/** Agents a conversation can be handed to: signed in, and not the one holding it. */
export const transferTargets = (agents: readonly AgentPresence[], holderId: string | null): readonly AgentPresence[] =>
  agents.filter((agent) => agent.agentId !== holderId);

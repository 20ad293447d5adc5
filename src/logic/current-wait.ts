import type { SiteConfig } from '../config/site-config.js';
import type { Availability, WaitEstimate } from '../protocol/wait.js';
import { businessMinutesBetween, isOpen, nextClosing, nextOpening } from './business-hours.js';
import {
  addSample,
  estimateWait,
  orderQueue,
  sampleContext,
  type AgentLoad,
  type QueueEntry,
  type ResponseSample,
  type SampleContext,
} from './wait-estimate.js';

/** What the inbox keeps per waiting conversation: its place in the queue and the queue it joined. */
export interface WaitingEntry extends QueueEntry {
  readonly context: SampleContext;
}

/** Everything the inbox knows that the wait depends on, at one instant. */
export interface InboxState {
  readonly site: SiteConfig;
  readonly queue: readonly WaitingEntry[];
  readonly agents: readonly AgentLoad[];
  readonly samples: readonly ResponseSample[];
  readonly now: number;
}

export function availabilityOf({ site, agents, now }: Omit<InboxState, 'queue' | 'samples'>): Availability {
  const open = isOpen(site.hours, now);
  return {
    open,
    agentsOnline: agents.filter((agent) => agent.status === 'online').length,
    changesAt: open ? nextClosing(site.hours, now) : nextOpening(site.hours, now),
    timeZone: site.hours.timeZone,
    language: site.languages[0] ?? 'en',
  };
}

/**
 * The wait of one queued conversation: when the team is closed, when it opens; when open, a range from
 * the queue ahead of it, the agents and recent first responses. Null when it is not queued, or when the
 * site never opens (nothing honest to promise).
 */
export function waitOf(conversationId: string, state: InboxState): WaitEstimate | null {
  const ordered = orderQueue(state.queue);
  const ahead = ordered.findIndex((entry) => entry.conversationId === conversationId);
  const entry = ordered[ahead];
  if (!entry) return null;
  const { site, now } = state;
  if (!isOpen(site.hours, now)) {
    const opensAt = nextOpening(site.hours, now);
    return opensAt === null ? null : { kind: 'closed', opensAt, timeZone: site.hours.timeZone };
  }
  return estimateWait({
    ahead,
    priority: entry.priority,
    agents: state.agents,
    agentCapacity: site.agentCapacity,
    recentFirstResponses: state.samples,
    targetMinutes: site.targetMinutes[entry.priority],
  });
}

/** The queue context a conversation joins with: recorded now, completed into a sample when answered. */
export function joinContext(entry: QueueEntry, state: Omit<InboxState, 'samples' | 'now'>): SampleContext {
  const others = state.queue.filter((e) => e.conversationId !== entry.conversationId);
  const ahead = orderQueue([...others, entry]).indexOf(entry);
  return sampleContext({ ahead, agents: state.agents, agentCapacity: state.site.agentCapacity });
}

/** Adds the first response of `entry` (answered at `at`) to the recent samples, in business minutes. */
export function recordFirstResponse(samples: readonly ResponseSample[], entry: WaitingEntry, at: number, site: SiteConfig) {
  const minutes = businessMinutesBetween(site.hours, entry.waitingSince, at);
  return addSample(samples, { ...entry.context, minutes, priority: entry.priority });
}
/** A new notice in the conversation is due when the kind of wait changes (the team opened or closed). */
export const isMaterialChange = (before: WaitEstimate | null, after: WaitEstimate | null): boolean =>
  after !== null && before?.kind !== after.kind;

/** What the inbox shows agents besides the queue: who is signed in, and what was resolved lately. Pure. */
import type { AgentPresence, AgentStatus, ResolvedItem } from '../protocol/inbox.js';
import { MAX_RESOLVED_LISTED } from '../protocol/limits.js';

/** One agent's open socket to the inbox (a console tab). */
export interface AgentSocket {
  readonly agentId: string;
  readonly name: string;
  readonly status: AgentStatus;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One entry per signed-in agent, by name: several tabs count once, and one tab online makes the agent
 * online. `holders` has the agent id of every conversation a person holds.
 */
export function agentPresence(sockets: Iterable<AgentSocket>, holders: readonly string[]): AgentPresence[] {
  const byAgent = new Map<string, AgentSocket>();
  for (const socket of sockets) {
    if (byAgent.get(socket.agentId)?.status !== 'online') byAgent.set(socket.agentId, socket);
  }
  const held = new Map<string, number>();
  for (const holder of holders) held.set(holder, (held.get(holder) ?? 0) + 1);
  return [...byAgent.values()]
    .map(({ agentId, name, status }) => ({ agentId, name, status, activeConversations: held.get(agentId) ?? 0 }))
    .sort((a, b) => byText(a.name, b.name) || byText(a.agentId, b.agentId));
}

/** The most recently resolved first, at most `MAX_RESOLVED_LISTED` (`listed`); the older ones are `dropped`. */
export function listResolved(items: readonly ResolvedItem[]): { listed: ResolvedItem[]; dropped: ResolvedItem[] } {
  const recentFirst = [...items].sort((a, b) => b.resolvedAt - a.resolvedAt || byText(a.conversationId, b.conversationId));
  return { listed: recentFirst.slice(0, MAX_RESOLVED_LISTED), dropped: recentFirst.slice(MAX_RESOLVED_LISTED) };
}

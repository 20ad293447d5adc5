import WebSocket from 'ws';
import { MAX_AGENT_TOKEN_SECONDS, signAgentToken, type AgentClaims } from '../../server/tokens.ts';
import { isRecord } from '../../src/protocol/guards.ts';
import type { AgentEvent, AgentStatus } from '../../src/protocol/inbox.ts';
import { PROTOCOL_VERSION } from '../../src/protocol/messages.ts';
import { parseAvailability } from '../../src/protocol/wait.ts';
import { FrameRecorder, RoomClient, roomUrl, type DevHost } from './room-client.ts';

/** What the helpers need from a running server: its address and the agent-token key it was given. */
export interface AgentDevHost extends DevHost {
  readonly agentSecret: string;
}

export interface AgentTokenOptions {
  readonly name: string;
  readonly site: string;
  /** Seconds from now until `exp` (negative: already expired); 1 hour by default. */
  readonly expiresInSeconds?: number;
  /** Signs with this instead of the server's AGENT_TOKEN_SECRET. */
  readonly secret?: string;
  /** The agent id (`sub`); by default derived from the name, so one name is one agent. */
  readonly sub?: string;
}

/** The server's own signer and limits (server/tokens.ts), re-exported for tests. */
export { MAX_AGENT_TOKEN_SECONDS, signAgentToken, type AgentClaims };

const subFor = (name: string) => `agent-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 64).padEnd(8, '_');

/** An agent token as the agent console would get it (server/tokens.ts `signAgentToken`). */
export function agentToken(dev: AgentDevHost, options: AgentTokenOptions): Promise<string> {
  const exp = Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 3600);
  return signAgentToken(options.secret ?? dev.agentSecret, { sub: options.sub ?? subFor(options.name), name: options.name, site: options.site, exp });
}

/** The inbox's WebSocket URL for a site; a `null` param is left out. */
export function inboxUrl(dev: DevHost, site: string, params: Record<string, string | number | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) query.set(key, String(value));
  return `ws://${dev.host}/parties/inbox/${site}?${query}`;
}

/** What the inbox sends an agent: the queue, or an error for a frame it did not understand. */
export type AgentFrame = AgentEvent | { readonly type: 'error'; readonly code: string };
export type QueueUpdated = Extract<AgentFrame, { type: 'queue/updated' }>;


/** Strict reading of an inbox frame: anything else is a server bug. */
export function parseAgentFrame(text: string): AgentFrame | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  if (data.type === 'error') return typeof data.code === 'string' ? { type: 'error', code: data.code } : null;
  if (data.type !== 'queue/updated' || !Array.isArray(data.queue)) return null;
  const availability = parseAvailability(data.availability);
  const itemsOk = data.queue.every(
    (item) =>
      isRecord(item) &&
      typeof item.conversationId === 'string' &&
      typeof item.priority === 'string' &&
      typeof item.waitingSince === 'number' &&
      typeof item.language === 'string' &&
      typeof item.hasEmail === 'boolean',
  );
  return availability && itemsOk ? ({ type: 'queue/updated', queue: data.queue, availability } as AgentFrame) : null;
}

export const isQueueUpdated = (frame: AgentFrame): frame is QueueUpdated => frame.type === 'queue/updated';

/** An agent's socket to the site's inbox, recording every frame. */
export class AgentClient extends FrameRecorder<AgentFrame> {
  constructor(ws: WebSocket) {
    super(ws, parseAgentFrame, 'the inbox');
  }

  static open(url: string): Promise<AgentClient> {
    const ws = new WebSocket(url);
    return FrameRecorder.opened(ws, new AgentClient(ws));
  }

  /** Every `queue/updated` received, in arrival order. */
  get queues(): QueueUpdated[] {
    return this.frames.filter(isQueueUpdated);
  }

  /** The next `queue/updated` (matching `predicate`, if given). */
  queue(predicate: (frame: QueueUpdated) => boolean = () => true, timeoutMs?: number) {
    return this.next((f): f is QueueUpdated => isQueueUpdated(f) && predicate(f), timeoutMs);
  }

  setPresence(status: AgentStatus): void {
    this.send({ type: 'presence/set', status });
  }
}

/** Connects an agent to the inbox of `site`: `ws://HOST/parties/inbox/<site>?v=1&agent=<token>`. */
export function connectAgent(dev: DevHost, site: string, token: string): Promise<AgentClient> {
  return AgentClient.open(inboxUrl(dev, site, { v: PROTOCOL_VERSION, agent: token }));
}

/** Connects an agent to a conversation room: `?v=1&site=<site>&agent=<token>` instead of a visitor token. */
export function joinAsAgent(
  dev: DevHost,
  conversationId: string,
  site: string,
  token: string,
  options: { after?: number; closeTimeoutMs?: number } = {},
): Promise<RoomClient> {
  const { after = 0, ...socket } = options;
  return RoomClient.open(roomUrl(dev, conversationId, { v: PROTOCOL_VERSION, site, agent: token, after }), socket);
}

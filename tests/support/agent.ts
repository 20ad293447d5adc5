import WebSocket, { type ClientOptions } from 'ws';
import { MAX_AGENT_TOKEN_SECONDS, signAgentToken, type AgentClaims } from '../../server/tokens.ts';
import { AGENT_SESSIONS_PATH, parseAgentEvent, type AgentEvent, type AgentStatus } from '../../src/protocol/inbox.ts';
import { PROTOCOL_VERSION, type Notice } from '../../src/protocol/messages.ts';
import { parseAgentServerMessage, type AgentServerMessage, type Note } from '../../src/protocol/notes.ts';
import { FrameRecorder, isNoticeOf, roomUrl, type DevHost, type NoticeOf } from './room-client.ts';

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

/** What the inbox sends an agent, read by the console's own parser: anything it refuses is a server bug. */
export type AgentFrame = AgentEvent;
export type QueueUpdated = Extract<AgentFrame, { type: 'queue/updated' }>;
export type InboxWelcome = Extract<AgentFrame, { type: 'inbox/welcome' }>;

export const parseAgentFrame = (text: string): AgentFrame | null => parseAgentEvent(text);

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

  /** The console's setup, sent to this socket as it connected. */
  welcome(timeoutMs?: number) {
    return this.next((f): f is InboxWelcome => f.type === 'inbox/welcome', timeoutMs);
  }

  setPresence(status: AgentStatus): void {
    this.send({ type: 'presence/set', status });
  }
}

/** Connects an agent to the inbox of `site`: `ws://HOST/parties/inbox/<site>?v=1&agent=<token>`. */
export function connectAgent(dev: DevHost, site: string, token: string): Promise<AgentClient> {
  return AgentClient.open(inboxUrl(dev, site, { v: PROTOCOL_VERSION, agent: token }));
}

type Frame<T extends AgentServerMessage['type']> = Extract<AgentServerMessage, { type: T }>;
const isFrame =
  <T extends AgentServerMessage['type']>(type: T) =>
  (frame: AgentServerMessage): frame is Frame<T> =>
    frame.type === type;

/**
 * An agent's socket to a conversation room: every frame a shopper could get, plus the notes, read with the
 * console's parser (`parseAgentServerMessage`).
 */
export class AgentRoomClient extends FrameRecorder<AgentServerMessage> {
  constructor(ws: WebSocket) {
    super(ws, parseAgentServerMessage, 'the room');
  }

  /** Messages this client has seen stored live (own acks and others' additions), in arrival order. */
  get live() {
    return this.frames.flatMap((f) => (f.type === 'message/acked' || f.type === 'message/added' ? [f.message] : []));
  }

  /** Every note this socket received, in arrival order (synced and added). */
  get notes(): Note[] {
    return this.frames.flatMap((f) => (f.type === 'notes/synced' ? f.notes : f.type === 'note/added' ? [f.note] : []));
  }

  /** The next frame of `type` (matching `predicate`, if given). */
  frame<T extends AgentServerMessage['type']>(type: T, predicate: (frame: Frame<T>) => boolean = () => true, timeoutMs?: number) {
    const is = isFrame(type);
    return this.next((f): f is Frame<T> => is(f) && predicate(f), timeoutMs);
  }

  history(timeoutMs?: number) {
    return this.frame('history/synced', undefined, timeoutMs);
  }

  acked(id: string, timeoutMs?: number) {
    return this.frame('message/acked', (f) => f.message.id === id, timeoutMs);
  }

  wait(predicate: (frame: Frame<'wait/updated'>) => boolean = () => true, timeoutMs?: number) {
    return this.frame('wait/updated', predicate, timeoutMs);
  }

  /** The next notice of `kind` the room added, as the frame's message. */
  async notice<K extends Notice['kind']>(kind: K, timeoutMs?: number): Promise<NoticeOf<K>> {
    const is = isNoticeOf(kind);
    return (await this.frame('message/added', (f) => is(f.message), timeoutMs)).message as NoticeOf<K>;
  }

  /** The next error (with `code`, if given). */
  error(code?: Frame<'error'>['code'], timeoutMs?: number) {
    return this.frame('error', (f) => code === undefined || f.code === code, timeoutMs);
  }

  static open(url: string, options: { closeTimeoutMs?: number } = {}): Promise<AgentRoomClient> {
    const wsOptions: ClientOptions & { closeTimeout?: number } = options.closeTimeoutMs === undefined ? {} : { closeTimeout: options.closeTimeoutMs };
    const ws = new WebSocket(url, wsOptions);
    // Listen before `open`: the room sends history right away.
    return FrameRecorder.opened(ws, new AgentRoomClient(ws));
  }
}

/** Connects an agent to a conversation room: `?v=1&site=<site>&agent=<token>` instead of a visitor token. */
export function joinAsAgent(
  dev: DevHost,
  conversationId: string,
  site: string,
  token: string,
  options: { after?: number; closeTimeoutMs?: number } = {},
): Promise<AgentRoomClient> {
  const { after = 0, ...socket } = options;
  return AgentRoomClient.open(roomUrl(dev, conversationId, { v: PROTOCOL_VERSION, site, agent: token, after }), socket);
}

export const agentSessionsUrl = (dev: DevHost, v: string | null = String(PROTOCOL_VERSION)) =>
  `${dev.httpOrigin}${AGENT_SESSIONS_PATH}${v === null ? '' : `?v=${v}`}`;

/** `POST /api/agent-sessions` as the console's sign-in screen sends it (text/plain JSON): status and body. */
export async function checkAgentSession(dev: DevHost, body: unknown, v?: string | null): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(agentSessionsUrl(dev, v), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

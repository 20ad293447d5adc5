import WebSocket from 'ws';
import {
  CONVERSATIONS_PATH,
  PROTOCOL_VERSION,
  parseConversationGrant,
  parseServerMessage,
  type ChatMessage,
  type ConversationGrant,
  type ServerMessage,
} from '../../src/protocol/messages.ts';

/** What the helpers need from a running server (a `PartykitDev`). */
export interface DevHost {
  readonly host: string;
  readonly httpOrigin: string;
}

export const DEFAULT_SITE_KEY = 'demo';

/** A minted conversation plus the site key it was minted for (the room URL needs both). */
export interface Grant extends ConversationGrant {
  readonly siteKey: string;
}

export const conversationsUrl = (dev: DevHost, v: string | null = String(PROTOCOL_VERSION)) =>
  `${dev.httpOrigin}${CONVERSATIONS_PATH}${v === null ? '' : `?v=${v}`}`;

/** `POST /api/conversations`: a fresh conversation id and the visitor's token for it. */
export async function startConversation(dev: DevHost, siteKey = DEFAULT_SITE_KEY): Promise<Grant> {
  const response = await fetch(conversationsUrl(dev), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ siteKey }),
  });
  const data: unknown = await response.json();
  const grant = parseConversationGrant(data);
  if (response.status !== 201 || !grant) throw new Error(`minting failed: ${response.status} ${JSON.stringify(data)}`);
  return { ...grant, siteKey };
}

/** The room's WebSocket URL; a `null` param is left out, so tests can drop any of them. */
export function roomUrl(dev: DevHost, conversationId: string, params: Record<string, string | number | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) query.set(key, String(value));
  return `ws://${dev.host}/parties/main/${conversationId}?${query}`;
}

const grantParams = (grant: Grant, after = 0) => ({
  v: PROTOCOL_VERSION,
  site: grant.siteKey,
  token: grant.token,
  after,
});

/** Resolves to the HTTP status of a refused upgrade; rejects if the socket opens instead. */
export function refusedStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      ws.terminate();
      reject(new Error(`upgrade was accepted: ${url}`));
    });
    ws.on('error', (error) => reject(error));
  });
}

type Check = () => boolean;

/** One visitor socket that records every frame the room sends, in arrival order. */
export class RoomClient {
  /** Every parsed frame, in arrival order. */
  readonly frames: ServerMessage[] = [];
  /** The same frames as sent (parsing drops unknown fields; some tests must see them). */
  readonly raw: string[] = [];
  private readonly taken = new Set<number>();
  private readonly checks = new Set<Check>();
  private failure: Error | undefined;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      const text = data.toString();
      const frame = isBinary ? null : parseServerMessage(text);
      // A frame the widget could not read is a server bug: fail whoever is waiting.
      if (!frame) this.failure ??= new Error(`unreadable frame from the room: ${text.slice(0, 200)}`);
      else {
        this.frames.push(frame);
        this.raw.push(text);
      }
      this.notify();
    });
    ws.on('close', () => {
      this.failure ??= new Error('socket closed');
      this.notify();
    });
    // Always listened for: an 'error' event without a listener would crash the test process.
    ws.on('error', (error) => {
      this.failure ??= error;
      this.notify();
    });
  }

  static open(url: string): Promise<RoomClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      // Listen before `open`: the room sends history right away.
      const client = new RoomClient(ws);
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_request, response) => {
        response.resume();
        ws.terminate();
        reject(new Error(`upgrade refused with ${response.statusCode}`));
      });
      ws.on('error', reject); // a no-op once opened
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Messages this client has seen stored live (own acks and others' additions), in arrival order. */
  get live(): ChatMessage[] {
    return this.frames.flatMap((f) => (f.type === 'message/acked' || f.type === 'message/added' ? [f.message] : []));
  }

  /**
   * The first frame matching `predicate` that no earlier `next` returned, already received or yet to
   * come. Taking frames in turn means a frame that arrived before the call is never missed.
   */
  next<T extends ServerMessage>(predicate: (frame: ServerMessage) => frame is T, timeoutMs?: number): Promise<T>;
  next(predicate: (frame: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  next(predicate: (frame: ServerMessage) => boolean, timeoutMs = 10_000): Promise<ServerMessage> {
    let scanned = 0;
    let found: ServerMessage | undefined;
    return this.until(() => {
      for (; scanned < this.frames.length; scanned++) {
        if (this.taken.has(scanned) || !predicate(this.frames[scanned]!)) continue;
        this.taken.add(scanned);
        found = this.frames[scanned];
        return true;
      }
      return false;
    }, timeoutMs).then(() => found!);
  }

  /** Resolves once `check()` holds, re-checked on every frame (no polling). */
  until(check: Check, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.checks.delete(wrapped);
        if (error) reject(error);
        else resolve();
      };
      const wrapped: Check = () => {
        if (check()) done();
        else if (this.failure) done(new Error(`${this.failure.message} while waiting (${this.frames.length} frames)`));
        else return false;
        return true;
      };
      const timer = setTimeout(() => done(new Error(`timed out after ${timeoutMs} ms (${this.frames.length} frames)`)), timeoutMs);
      this.checks.add(wrapped);
      wrapped();
    });
  }

  /** The acknowledgement for message `id` (the next one, if it is acked more than once). */
  acked(id: string, timeoutMs?: number) {
    return this.next((f): f is Extract<ServerMessage, { type: 'message/acked' }> => f.type === 'message/acked' && f.message.id === id, timeoutMs);
  }

  /** The next history page. */
  history(timeoutMs?: number) {
    return this.next((f): f is Extract<ServerMessage, { type: 'history/synced' }> => f.type === 'history/synced', timeoutMs);
  }

  /** Sends an object as JSON, or a string or bytes as they are (to send broken frames). */
  send(frame: object | string | Uint8Array): void {
    this.ws.send(typeof frame === 'string' || frame instanceof Uint8Array ? frame : JSON.stringify(frame));
  }

  /** `terminate()`, not `close()`: workerd is slow to finish the close handshake. */
  close(): void {
    this.ws.terminate();
  }

  private notify() {
    for (const check of [...this.checks]) check();
  }
}

/** Opens a visitor socket for a conversation, resuming after `after`. */
export function connect(dev: DevHost, grant: Grant, options: { after?: number; siteKey?: string } = {}): Promise<RoomClient> {
  const site = options.siteKey ?? grant.siteKey;
  return RoomClient.open(roomUrl(dev, grant.conversationId, { ...grantParams(grant, options.after), site }));
}

let counter = 0;
/** A fresh valid message id (the protocol's id rules), unique within the test process. */
export const newId = (prefix = 'm') => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * Every stored message from a freshly connected client: the page sent on connect, then
 * `history/fetch` for the next page while `hasMore`. Also returns each page's size.
 */
export async function readAllHistory(client: RoomClient): Promise<{ messages: ChatMessage[]; pages: number[] }> {
  const messages: ChatMessage[] = [];
  const pages: number[] = [];
  for (;;) {
    const page = await client.history();
    pages.push(page.messages.length);
    messages.push(...page.messages);
    if (!page.hasMore) return { messages, pages };
    client.send({ type: 'history/fetch', after: page.messages.at(-1)?.seq ?? page.after });
  }
}

import WebSocket, { type ClientOptions } from 'ws';
import {
  CONVERSATIONS_PATH,
  PROTOCOL_VERSION,
  parseConversationGrant,
  parseServerMessage,
  type ChatMessage,
  type ConversationGrant,
  type Notice,
  type NoticeMessage,
  type ServerMessage,
  type TextMessage,
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

/**
 * A WebSocket that records every frame it receives, parsed by `parse`, in arrival order, and lets a test
 * wait for frames or conditions without polling. A frame `parse` rejects fails whoever is waiting.
 */
export class FrameRecorder<F> {
  /** Every parsed frame, in arrival order. */
  readonly frames: F[] = [];
  /** The same frames as sent (parsing drops unknown fields; some tests must see them). */
  readonly raw: string[] = [];
  /** `performance.now()` when each frame arrived (same index as `frames`). */
  readonly receivedAt: number[] = [];
  /** The close code, once the socket closed. */
  closeCode: number | undefined;
  private readonly taken = new Set<number>();
  private readonly checks = new Set<Check>();
  private failure: Error | undefined;

  constructor(
    protected readonly ws: WebSocket,
    private readonly parse: (text: string) => F | null,
    private readonly label = 'the server',
  ) {
    ws.on('message', (data, isBinary) => {
      const text = data.toString();
      const frame = isBinary ? null : parse(text);
      // A frame the client could not read is a server bug: fail whoever is waiting.
      if (frame === null) this.failure ??= new Error(`unreadable frame from ${label}: ${text.slice(0, 200)}`);
      else {
        this.frames.push(frame);
        this.raw.push(text);
        this.receivedAt.push(performance.now());
      }
      this.notify();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.failure ??= new Error(`socket closed (${code})`);
      this.notify();
    });
    // Always listened for: an 'error' event without a listener would crash the test process.
    ws.on('error', (error) => {
      this.failure ??= error;
      this.notify();
    });
  }

  /** Resolves with `client` once its socket is open; rejects with the status of a refused upgrade. */
  static opened<C extends FrameRecorder<unknown>>(ws: WebSocket, client: C): Promise<C> {
    return new Promise((resolve, reject) => {
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

  /**
   * The first frame matching `predicate` that no earlier `next` returned, already received or yet to
   * come. Taking frames in turn means a frame that arrived before the call is never missed.
   */
  next<T extends F>(predicate: (frame: F) => frame is T, timeoutMs?: number): Promise<T>;
  next(predicate: (frame: F) => boolean, timeoutMs?: number): Promise<F>;
  next(predicate: (frame: F) => boolean, timeoutMs = 10_000): Promise<F> {
    let scanned = 0;
    let found: F | undefined;
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

  /** Resolves with the close code once the server closed the socket. */
  closed(timeoutMs = 10_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not closed after ${timeoutMs} ms`)), timeoutMs);
      const done = (code: number) => {
        clearTimeout(timer);
        resolve(code);
      };
      if (this.closeCode !== undefined) done(this.closeCode);
      else this.ws.once('close', done);
    });
  }

  /** Sends an object as JSON, or a string or bytes as they are (to send broken frames). */
  send(frame: object | string | Uint8Array): void {
    this.ws.send(typeof frame === 'string' || frame instanceof Uint8Array ? frame : JSON.stringify(frame));
  }

  /** `terminate()`, not `close()`: workerd is slow to finish the close handshake. */
  close(): void {
    this.ws.terminate();
  }

  /** A clean close (the servers answer the close frame themselves), for when the server must see it. */
  closeCleanly(): void {
    this.ws.close();
  }

  private notify() {
    for (const check of [...this.checks]) check();
  }
}

export type WaitUpdated = Extract<ServerMessage, { type: 'wait/updated' }>;
export type NoticeOf<K extends Notice['kind']> = NoticeMessage & { readonly notice: Extract<Notice, { kind: K }> };

export const isWaitUpdated = (frame: ServerMessage): frame is WaitUpdated => frame.type === 'wait/updated';
/** Entries the room wrote itself (`role: 'system'`). */
export const isNotice = (message: ChatMessage): message is NoticeMessage => message.role === 'system';
export const isNoticeOf =
  <K extends Notice['kind']>(kind: K) =>
  (message: ChatMessage): message is NoticeOf<K> =>
    message.role === 'system' && message.notice.kind === kind;
/** Messages people wrote (no notices). */
export const textsOf = (messages: readonly ChatMessage[]): TextMessage[] =>
  messages.filter((m): m is TextMessage => m.role !== 'system');
export const noticesOf = (messages: readonly ChatMessage[]): NoticeMessage[] => messages.filter(isNotice);

/** One conversation socket (a visitor's or an agent's) that records every frame the room sends. */
export class RoomClient extends FrameRecorder<ServerMessage> {
  constructor(ws: WebSocket) {
    super(ws, parseServerMessage, 'the room');
  }

  /**
   * `closeTimeoutMs`: how long `ws` waits for the TCP close after a close handshake (default 30 s). workerd
   * answers the handshake but keeps the connection, so a test that waits for the server closing the socket
   * sets it short.
   */
  static open(url: string, options: { closeTimeoutMs?: number } = {}): Promise<RoomClient> {
    const wsOptions: ClientOptions & { closeTimeout?: number } = options.closeTimeoutMs === undefined ? {} : { closeTimeout: options.closeTimeoutMs };
    const ws = new WebSocket(url, wsOptions);
    // Listen before `open`: the room sends history right away.
    return FrameRecorder.opened(ws, new RoomClient(ws));
  }

  /** Messages this client has seen stored live (own acks and others' additions), in arrival order. */
  get live(): ChatMessage[] {
    return this.frames.flatMap((f) => (f.type === 'message/acked' || f.type === 'message/added' ? [f.message] : []));
  }

  /** Every `wait/updated` received, in arrival order. */
  get waits(): WaitUpdated[] {
    return this.frames.filter(isWaitUpdated);
  }

  /** The acknowledgement for message `id` (the next one, if it is acked more than once). */
  acked(id: string, timeoutMs?: number) {
    return this.next((f): f is Extract<ServerMessage, { type: 'message/acked' }> => f.type === 'message/acked' && f.message.id === id, timeoutMs);
  }

  /** The next history page. */
  history(timeoutMs?: number) {
    return this.next((f): f is Extract<ServerMessage, { type: 'history/synced' }> => f.type === 'history/synced', timeoutMs);
  }

  /** The next `wait/updated` (matching `predicate`, if given). */
  wait(predicate: (frame: WaitUpdated) => boolean = () => true, timeoutMs?: number) {
    return this.next((f): f is WaitUpdated => isWaitUpdated(f) && predicate(f), timeoutMs);
  }

  /** The next notice of `kind` the room added, as the frame's message. */
  async notice<K extends Notice['kind']>(kind: K, timeoutMs?: number): Promise<NoticeOf<K>> {
    const is = isNoticeOf(kind);
    const frame = await this.next(
      (f): f is Extract<ServerMessage, { type: 'message/added' }> => f.type === 'message/added' && is(f.message),
      timeoutMs,
    );
    return frame.message as NoticeOf<K>;
  }
}

/** Opens a visitor socket for a conversation, resuming after `after`; `lang` is the widget's language. */
export function connect(
  dev: DevHost,
  grant: Grant,
  options: { after?: number; siteKey?: string; lang?: string } = {},
): Promise<RoomClient> {
  const site = options.siteKey ?? grant.siteKey;
  return RoomClient.open(roomUrl(dev, grant.conversationId, { ...grantParams(grant, options.after), site, lang: options.lang ?? null }));
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

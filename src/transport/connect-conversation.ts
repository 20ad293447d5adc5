// partysocket's reconnecting socket without its PartySocket wrapper, whose URL building we do in a line
// (a kilobyte of the widget's budget).
import ReconnectingWebSocket from 'partysocket/ws';
import { TYPING_REFRESH_MS } from '../protocol/limits.js';
import {
  CONVERSATIONS_PATH,
  PROTOCOL_VERSION,
  encode,
  parseConversationGrant,
  parseServerMessage,
  type ClientMessage,
  type ServerMessage,
} from '../protocol/messages.js';
import type { Conversation } from '../stores/conversation.js';

export interface ConnectOptions {
  /** PartyKit host (`chat.example.com`, `localhost:1999`) or an origin (`https://chat.example.com`). */
  readonly server: string;
  readonly siteKey: string;
  /** The shopper's language (BCP 47), told to the team: read as each socket opens, once the locale has loaded. */
  readonly language: () => string;
  /** The merchant's identity token for a signed-in shopper, if any: the conversation started is theirs. */
  readonly identityToken?: () => string;
}

// Reconnect soon after an outage, but spread many visitors' retries so a restarted server is not stormed.
const MIN_RECONNECT_DELAY_MS = 500;
const MAX_RECONNECT_DELAY_MS = 5000;
// Timers cannot wait longer than ~24.8 days; ask again at least daily. Spread askers over a few seconds.
const MAX_REFRESH_DELAY_MS = 24 * 3600 * 1000;
const REFRESH_SPREAD_MS = 5000;

/** How long to wait before asking again about availability that flips at `changesAt`. */
export const refreshDelay = (changesAt: number, now: number): number =>
  Math.min(MAX_REFRESH_DELAY_MS, Math.max(0, changesAt - now) + Math.random() * REFRESH_SPREAD_MS);

/** `localhost:1999` → plain http/ws; any other bare host → https/wss; an origin keeps its scheme. */
export function toEndpoint(server: string): { readonly host: string; readonly secure: boolean } {
  const local = /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(server);
  const url = new URL(/^[a-z]+:\/\//i.test(server) ? server : `${local ? 'http' : 'https'}://${server}`);
  return { host: url.host, secure: url.protocol === 'https:' || url.protocol === 'wss:' };
}

/** `POST <path>?v=1` to the chat server. A text/plain JSON body keeps it a "simple" CORS request: no preflight. */
export function post(server: string, path: string, body: object): Promise<Response> {
  const { host, secure } = toEndpoint(server);
  return fetch(`${secure ? 'https' : 'http'}://${host}${path}?v=${PROTOCOL_VERSION}`, { method: 'POST', body: JSON.stringify(body) });
}

/**
 * Binds one conversation to the server until the returned disposer is called. A visitor without a
 * conversation opens nothing until they send a first message; then one is minted over HTTP and a socket
 * opens. Unacknowledged messages are (re)sent on every open; the room drops repeats by id.
 */
export function connectConversation(conversation: Conversation, options: ConnectOptions): () => void {
  const { host, secure } = toEndpoint(options.server);
  const cleanups: (() => void)[] = [];
  let disposed = false;

  async function startConversation(attempt: number): Promise<void> {
    conversation.setStatus(attempt === 0 ? 'connecting' : 'reconnecting');
    try {
      const response = await post(options.server, CONVERSATIONS_PATH, { siteKey: options.siteKey, identityToken: options.identityToken?.() || undefined });
      const grant = response.ok ? parseConversationGrant(await response.json()) : null;
      if (!grant) throw new Error(`starting a conversation answered ${response.status}`);
      if (disposed) return;
      conversation.setGrant(grant);
      openVisitorSocket(grant.conversationId, grant.token);
    } catch (error) {
      if (disposed) return;
      console.warn('[cs-widget] could not start the conversation; retrying', error);
      conversation.setStatus('reconnecting');
      const delay = Math.min(MAX_RECONNECT_DELAY_MS, MIN_RECONNECT_DELAY_MS * 2 ** attempt) * (0.5 + Math.random() / 2);
      const timer = setTimeout(() => void startConversation(attempt + 1), delay);
      cleanups.push(() => clearTimeout(timer));
    }
  }

  function openVisitorSocket(conversationId: string, token: string) {
    const socket = openConversationSocket(conversation, {
      host,
      secure,
      room: conversationId,
      credentials: () => ({
        site: options.siteKey,
        token,
        lang: options.language(),
        // The shopper's time zone, for the person who answers ("it is 3 am for them").
        tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
    });
    cleanups.push(socket.close);
  }

  const grant = conversation.$grant.get();
  if (grant) {
    openVisitorSocket(grant.conversationId, grant.token);
  } else if (conversation.$unsent.get().length > 0) {
    void startConversation(0);
  } else {
    // Nothing is opened, fetched or stored until the visitor's first message.
    const stopWaiting = conversation.$unsent.listen((unsent) => {
      if (unsent.length === 0) return;
      stopWaiting();
      void startConversation(0);
    });
    cleanups.push(stopWaiting);
  }

  return () => {
    disposed = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
    conversation.setStatus('idle');
  };
}

export interface SocketOptions {
  readonly host: string;
  readonly secure: boolean;
  /** The conversation's room id. */
  readonly room: string;
  /** Who is connecting (`site` with a visitor `token`, or an `agent` token), read again on every reconnect. */
  readonly credentials: () => Record<string, string>;
  /** Reads a frame; an agent's connection reads the agent-only fields too. Default: the shopper's parser. */
  readonly parse?: (raw: unknown) => ServerMessage | null;
  /** After the conversation took in a frame: for whoever holds it to react (the agent console). */
  readonly onFrame?: (message: ServerMessage) => void;
  /** A frame the shopper's protocol does not know (an agent's connection gets notes too). */
  readonly onUnknownFrame?: (raw: unknown) => void;
}

export interface ConversationSocket {
  /** Sends a command now if the socket is open; false otherwise. */
  readonly send: (message: ClientMessage) => boolean;
  readonly close: () => void;
}

/**
 * One socket to a conversation room, kept open with reconnects: resumes after the last message without a
 * gap, (re)sends unacknowledged messages on every open, says typing and reading, and feeds every frame
 * to the conversation's stores.
 */
export function openConversationSocket(conversation: Conversation, options: SocketOptions): ConversationSocket {
  const { host, secure, room, credentials, parse = parseServerMessage, onFrame = () => {}, onUnknownFrame } = options;
  // PartyKit's room URL; `_pk` names this connection to the room, the same across reconnects.
  const connectionId = crypto.randomUUID();
  const socket = new ReconnectingWebSocket(
    // Re-read on every reconnect: resume after the last message this client has without a gap.
    () =>
      `${secure ? 'wss' : 'ws'}://${host}/parties/main/${encodeURIComponent(room)}?${new URLSearchParams({
        _pk: connectionId,
        v: String(PROTOCOL_VERSION),
        after: String(conversation.$resumePoint.get()),
        ...credentials(),
      })}`,
    undefined,
    {
      // We resend unacknowledged messages on every open ourselves; partysocket's own buffer would
      // add a second copy.
      maxEnqueuedMessages: 0,
      minReconnectionDelay: MIN_RECONNECT_DELAY_MS,
      maxReconnectionDelay: MAX_RECONNECT_DELAY_MS,
    },
  );

  /** Sends now if the socket is open; false otherwise (nothing is queued: callers resend on `open`). */
  const send = (message: ClientMessage): boolean => {
    if (socket.readyState !== WebSocket.OPEN) return false;
    socket.send(encode(message));
    return true;
  };
  const sentOnThisSocket = new Set<string>();
  const flush = () => {
    for (const { id, body } of conversation.$unsent.get()) {
      if (!sentOnThisSocket.has(id) && send({ type: 'message/send', id, body })) sentOnThisSocket.add(id);
    }
  };
  const fetchAfterResumePoint = () => send({ type: 'history/fetch', after: conversation.$resumePoint.get() });

  const sendContact = () => {
    const contact = conversation.$contact.get();
    if (contact?.state === 'sending') send({ type: 'contact/leave', email: contact.email });
  };
  const sendPersonRequest = () => {
    if (conversation.$personRequested.get()) send({ type: 'handoff/request' });
  };
  // The team opens or closes at `changesAt`: ask the room for the wait then, so the shopper sees it flip.
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = (changesAt: number | null) => {
    clearTimeout(refreshTimer);
    if (changesAt === null) return;
    refreshTimer = setTimeout(() => send({ type: 'wait/refresh' }), refreshDelay(changesAt, Date.now()));
  };

  // Typing is said when it changes and again every TYPING_REFRESH_MS while it goes on; reading as it moves.
  let typingTimer: ReturnType<typeof setInterval> | undefined;
  const sendTyping = () => {
    clearInterval(typingTimer);
    const typing = conversation.$ownTyping.get();
    send({ type: 'typing/set', typing });
    if (typing) typingTimer = setInterval(() => send({ type: 'typing/set', typing: true }), TYPING_REFRESH_MS);
  };
  const sendRead = () => {
    const seq = conversation.$ownRead.get();
    if (seq > 0) send({ type: 'read/mark', seq });
  };

  const handleOpen = () => {
    sentOnThisSocket.clear();
    conversation.setStatus('online');
    flush();
    sendContact();
    sendPersonRequest();
    sendRead();
  };
  const handleClose = () => conversation.setStatus('reconnecting');
  const handleMessage = (event: MessageEvent) => {
    const message = parse(event.data);
    if (!message) {
      if (onUnknownFrame) return onUnknownFrame(event.data);
      return console.warn('[cs-widget] ignored a frame it does not understand', event.data);
    }
    conversation.receive(message);
    onFrame(message);
    switch (message.type) {
      case 'history/synced':
        if (message.hasMore) fetchAfterResumePoint();
        break;
      case 'message/acked':
      case 'message/added':
        // A message beyond a gap: ask for what lies between.
        if (message.message.seq > conversation.$resumePoint.get()) fetchAfterResumePoint();
        break;
      case 'wait/updated':
        scheduleRefresh(message.availability.changesAt);
        break;
      case 'error':
        if (message.ref === undefined && message.code !== 'invalid-email') console.warn('[cs-widget] the room refused a frame:', message.code);
        break;
    }
  };
  // Back online or back in view: try now rather than at the end of the current backoff.
  const handleOnline = () => {
    if (socket.readyState !== WebSocket.OPEN) socket.reconnect();
  };
  // An open socket keeps the page out of the back/forward cache: closed as the page goes in, reopened
  // (resuming after the last message) as it comes back.
  const handlePageTransition = (event: PageTransitionEvent) => event.persisted && (event.type === 'pagehide' ? socket.close() : socket.reconnect());

  socket.addEventListener('open', handleOpen);
  socket.addEventListener('close', handleClose);
  socket.addEventListener('message', handleMessage);
  globalThis.addEventListener?.('online', handleOnline);
  globalThis.addEventListener?.('pagehide', handlePageTransition);
  globalThis.addEventListener?.('pageshow', handlePageTransition);
  const stopFlushing = conversation.$unsent.listen(flush);
  const stopContact = conversation.$contact.listen(sendContact);
  const stopPersonRequest = conversation.$personRequested.listen(sendPersonRequest);
  const stopTyping = conversation.$ownTyping.listen(sendTyping);
  const stopRead = conversation.$ownRead.listen(sendRead);
  return {
    send,
    close() {
      stopFlushing();
      stopContact();
      stopPersonRequest();
      stopTyping();
      stopRead();
      clearTimeout(refreshTimer);
      clearInterval(typingTimer);
      globalThis.removeEventListener?.('online', handleOnline);
      globalThis.removeEventListener?.('pagehide', handlePageTransition);
      globalThis.removeEventListener?.('pageshow', handlePageTransition);
      socket.close();
    },
  };
}
